// A readable word diff between two texts of a version: every part escaped, additions in <ins>,
// removals in <del>. Markdown is compared as source text, so no markup from a revision is ever
// interpreted here.
import { diffWords } from 'diff';
import { html, type SafeHtml } from '../../../web/html.ts';
import type { VersionText } from '../../items/domain/records.ts';

export interface FieldDiff {
  /** 'title', 'summary', 'body' or the name of a type's text field. */
  field: string;
  changed: boolean;
  markup: SafeHtml;
}

export function wordDiff(before: string, after: string): SafeHtml {
  const parts = diffWords(before, after);
  return html`${parts.map((part) => (part.added ? html`<ins>${part.value}</ins>` : part.removed ? html`<del>${part.value}</del>` : part.value))}`;
}

/** One entry per field present on either side, in a stable order (title, summary, body, then fields). */
export function versionDiff(before: VersionText, after: VersionText): FieldDiff[] {
  const entries: [string, string, string][] = [
    ['title', before.title, after.title],
    ['summary', before.summary, after.summary],
    ['body', before.body, after.body],
  ];
  const fieldNames = [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])].sort();
  for (const name of fieldNames) entries.push([name, before.fields[name] ?? '', after.fields[name] ?? '']);
  return entries
    .filter(([, a, b]) => a !== '' || b !== '')
    .map(([field, a, b]) => ({ field, changed: a !== b, markup: wordDiff(a, b) }));
}
