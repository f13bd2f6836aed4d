// The A–Z directory of organisations, filterable by country and type with a plain GET form.
import type { Translator } from '../../i18n/index.ts';
import { pagination, selectField } from '../../web/components.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { organisationPaths } from './paths.ts';
import { COUNTRY_CODES, ORG_KINDS, countryName } from '../reference/domain/vocabulary.ts';
import type { DirectoryRow, Directory } from './service.ts';
import { vocabularyLabel } from './views.ts';
import { compareIn } from '../../lib/text.ts';

/** The letter an entry is filed under: "Óbuda" under O; digits and signs under "#". */
export function initial(name: string): string {
  const first = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .trim()
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

function query(d: Pick<Directory, 'countryCode' | 'kind'>, page = 1): string {
  const params = new URLSearchParams();
  if (d.countryCode) params.set('country', d.countryCode);
  if (d.kind) params.set('type', d.kind);
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

function filters(tr: Translator, d: Directory): SafeHtml {
  const locale = tr.locale;
  const countries = [...COUNTRY_CODES]
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => compareIn(locale)(a.label, b.label));
  const kinds = ORG_KINDS.map((k) => ({ value: k, label: vocabularyLabel(tr, `orgKind.${k}`) ?? k })).sort(
    (a, b) => compareIn(locale)(a.label, b.label),
  );
  return html`<form method="get" action="${organisationPaths.directory(locale)}" class="filter-form" role="search" aria-label="${tr.t('organisations.filter.label')}">
  ${selectField(tr, {}, { name: 'country', label: tr.t('organisations.field.country'), value: d.countryCode, options: [{ value: '', label: tr.t('organisations.filter.allCountries') }, ...countries] })}
  ${selectField(tr, {}, { name: 'type', label: tr.t('organisations.field.type'), value: d.kind, options: [{ value: '', label: tr.t('organisations.filter.allTypes') }, ...kinds] })}
  <button type="submit" class="button button-primary">${tr.t('organisations.filter.submit')}</button>
</form>`;
}

function entry(tr: Translator, row: DirectoryRow): SafeHtml {
  const details = [
    vocabularyLabel(tr, `orgKind.${row.kind}`),
    row.countryCode ? countryName(row.countryCode, tr.locale) : null,
  ].filter((x): x is string => !!x);
  return html`<li><a href="${organisationPaths.organisation(tr.locale, row.slug)}">${row.name}</a>${row.shortName && row.shortName !== row.name ? html` <span class="muted">(${row.shortName})</span>` : ''}${details.length ? html`<span class="directory-details"> — ${details.join(' · ')}</span>` : ''}</li>`;
}

export function directoryView(tr: Translator, d: Directory): SafeHtml {
  const letters = new Map<string, DirectoryRow[]>();
  for (const row of d.rows) {
    const letter = initial(row.name);
    letters.set(letter, [...(letters.get(letter) ?? []), row]);
  }
  const filtered = d.countryCode !== null || d.kind !== null;
  return html`<h1>${tr.t('organisations.title')}</h1>
<p class="lead">${tr.t('organisations.intro')}</p>
${filters(tr, d)}
<p role="status">${tr.t('organisations.count', { count: d.total })}${filtered ? html` <a href="${organisationPaths.directory(tr.locale)}">${tr.t('organisations.filter.clear')}</a>` : ''}</p>
${
  letters.size > 1
    ? html`<nav class="letter-nav" aria-label="${tr.t('organisations.letters')}"><ul>${[...letters.keys()].map((l) => html`<li><a href="#letter-${l === '#' ? 'other' : l}">${l}</a></li>`)}</ul></nav>`
    : ''
}
${[...letters].map(
  ([letter, rows]) => html`<section aria-labelledby="letter-${letter === '#' ? 'other' : letter}">
  <h2 id="letter-${letter === '#' ? 'other' : letter}" class="letter">${letter}</h2>
  <ul class="directory">${rows.map((row) => entry(tr, row))}</ul>
</section>`,
)}
${pagination(tr, { page: d.page, pageCount: d.pageCount, href: (p) => organisationPaths.directory(tr.locale, query(d, p)) })}`;
}
