// Pieces the library, search and item views share: the URL of a library state, dates and date
// ranges, result entries, the search box.
import type { Locale, MessageKey, Translator } from '../../i18n/index.ts';
import { teaser } from '../../lib/text.ts';
import { html, join, type SafeHtml } from '../../web/html.ts';
import { itemPath } from '../../kernel/paths.ts';
import { libraryPaths } from './paths.ts';
import type { ItemSummary } from '../items/service-read.ts';
import { languageName } from '../reference/domain/vocabulary.ts';
import { FACETS, type Facet } from '../items/domain/facets.ts';
import type { ResultItem, Selection } from './service.ts';
import { highlightParts, snippetParts, type SnippetPart } from './domain/snippet.ts';

export interface ViewContext {
  tr: Translator;
  locale: Locale;
}

/** The query string of a library state: facets in a fixed order, then q and page. */
export function queryString(selection: Selection, extra: { q?: string; page?: number } = {}): string {
  const params = new URLSearchParams();
  if (extra.q) params.append('q', extra.q);
  for (const facet of FACETS) for (const value of selection[facet]) params.append(facet, value);
  if (extra.page && extra.page > 1) params.append('page', String(extra.page));
  return params.toString();
}

export function withoutValue(selection: Selection, facet: Facet, value: string): Selection {
  return { ...selection, [facet]: selection[facet].filter((v) => v !== value) };
}

export function emptySelection(): Selection {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Selection;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f)
    dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return f;
}

/** "12 March 2024", or "12–14 March 2024" for a range; a one-day range is one date. */
export function dateRange(locale: string, start: string, end: string | null): string {
  const from = new Date(`${start.slice(0, 10)}T00:00:00Z`);
  if (!end || end.slice(0, 10) <= start.slice(0, 10)) return dateFormat(locale).format(from);
  return dateFormat(locale).formatRange(from, new Date(`${end.slice(0, 10)}T00:00:00Z`));
}

/** The date a result is known by: its dates, its publication date, else its year. */
export function resultDate(
  locale: string,
  item: Pick<ItemSummary, 'startsOn' | 'endsOn' | 'sortDate' | 'year'>,
): string | null {
  if (item.startsOn) return dateRange(locale, item.startsOn, item.endsOn);
  if (item.sortDate) return dateRange(locale, item.sortDate, null);
  return item.year ? String(item.year) : null;
}

/** lang attribute for text in a language other than the page's. */
export function langAttr(ctx: ViewContext, lang: string): SafeHtml | string {
  return lang === ctx.locale ? '' : html` lang="${lang}"`;
}

export function typeLabel(tr: Translator, type: string): string {
  return tr.t(`type.${type}` as MessageKey);
}

function resultMeta(ctx: ViewContext, r: ItemSummary): SafeHtml {
  const parts = [
    typeLabel(ctx.tr, r.type),
    r.organisationShortName ?? r.organisationName,
    resultDate(ctx.locale, r),
  ].filter((p): p is string => !!p);
  return html`<p class="result-meta">${parts.map((p, i) => html`${i > 0 ? html`<span aria-hidden="true"> | </span>` : ''}<span>${p}</span>`)}${
    r.visibility === 'members' ? html` <span class="badge">${ctx.tr.t('visibility.members')}</span>` : ''
  }</p>`;
}

/** One entry of a result list; with search terms, a highlighted snippet replaces the teaser. */
export function resultEntry(ctx: ViewContext, r: ResultItem, terms: string[] = []): SafeHtml {
  const source = terms.length ? r.snippetSource : undefined;
  const text = source
    ? html`<p class="result-summary"${langAttr(ctx, source.lang)}>${snippet(source.text, terms)}</p>`
    : r.summary
      ? html`<p class="result-summary"${langAttr(ctx, r.lang)}>${teaser(r.summary)}</p>`
      : '';
  const notes = [
    r.fallback ? ctx.tr.t('library.results.shownIn', { language: languageName(r.lang, ctx.locale) }) : null,
    source && source.lang !== r.lang
      ? ctx.tr.t('library.search.matchIn', { language: languageName(source.lang, ctx.locale) })
      : null,
  ].filter((n): n is string => !!n);
  return html`<li class="result">
  <h3 class="result-title"><a href="${itemPath(ctx.locale, r)}"${langAttr(ctx, r.lang)}>${terms.length ? highlight(r.title, terms) : r.title}</a></h3>
  ${resultMeta(ctx, r)}
  ${text}
  ${notes.length ? html`<p class="result-note">${notes.join(' · ')}</p>` : ''}
</li>`;
}

export function resultList(ctx: ViewContext, results: ResultItem[], terms: string[] = []): SafeHtml {
  return html`<ol class="result-list">${results.map((r) => resultEntry(ctx, r, terms))}</ol>`;
}

/** The search box of the library and search pages (a plain GET form). */
export function searchBox(ctx: ViewContext, q: string, id = 'library-q'): SafeHtml {
  return html`<form class="library-search" role="search" method="get" action="${libraryPaths.search(ctx.locale)}" data-search-form>
  <label for="${id}">${ctx.tr.t('library.search.label')}</label>
  <div class="library-search-row">
    <input id="${id}" type="search" name="q" value="${q}" maxlength="500" autocomplete="off" spellcheck="false">
    <button type="submit" class="button button-primary">${ctx.tr.t('library.search.button')}</button>
  </div>
</form>`;
}

/** Text parts as HTML: matching words in <mark>, all text escaped. */
function marked(parts: SnippetPart[]): SafeHtml {
  return join(parts.map((p) => (p.match ? html`<mark>${p.text}</mark>` : html`${p.text}`)));
}

/** A search snippet (about 200 characters around the terms) as HTML. */
export function snippet(text: string, terms: string[], maxLength = 200): SafeHtml {
  return marked(snippetParts(text, terms, maxLength));
}

/** The whole text (a title) with its matching words marked. */
export function highlight(input: string, terms: string[]): SafeHtml {
  return marked(highlightParts(input, terms));
}
