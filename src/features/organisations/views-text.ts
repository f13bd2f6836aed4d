// Organisation descriptions in the reader's language, or — at read time only — another language
// with a visible notice and the right `lang` attribute. Shared by the members directory.
import type { Translator } from '../../i18n/index.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { pickText } from '../../kernel/language.ts';
import { languageName } from '../reference/domain/vocabulary.ts';

/** Descriptions are plain text: paragraphs split on blank lines, every character escaped. */
function paragraphs(text: string): SafeHtml {
  return html`${text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`)}`;
}

export function descriptionBlock(
  tr: Translator,
  descriptions: Record<string, string>,
  className = 'org-description',
): SafeHtml {
  const picked = pickText(descriptions, tr.locale);
  if (!picked) return html``;
  const { text, lang } = picked;
  if (lang === tr.locale) return html`<div class="${className}">${paragraphs(text)}</div>`;
  return html`<div class="${className}">
  <p class="fallback-notice">${tr.t('organisations.fallback', { language: languageName(tr.locale, tr.locale), shown: languageName(lang, tr.locale) })}</p>
  <div lang="${lang}">${paragraphs(text)}</div>
</div>`;
}
