// Rich text is stored as Markdown and rendered here: raw HTML in the source is not allowed
// (markdown-it escapes it), and the output is sanitised again with an allow-list before use.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { raw, type SafeHtml } from './html.ts';

const md = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'h2',
    'h3',
    'h4',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title'], th: ['scope'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    // Headings inside content start below the page's own h1.
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...attribs,
        ...(/^https?:/i.test(attribs.href ?? '') ? { rel: 'noopener noreferrer' } : {}),
      },
    }),
  },
};
SANITIZE.allowedAttributes = {
  ...(SANITIZE.allowedAttributes as Record<string, string[]>),
  a: ['href', 'title', 'rel'],
};

export function renderMarkdown(source: string): SafeHtml {
  return raw(sanitizeHtml(md.render(source), SANITIZE));
}
