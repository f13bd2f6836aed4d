// The country index (a table of every country with its figures) and the country page.
import type { Translator } from '../../i18n/index.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { countryPaths } from './paths.ts';
import { libraryPaths } from '../library/paths.ts';
import { memberPaths } from '../members/paths.ts';
import { organisationPaths } from '../organisations/paths.ts';
import { vocabularyLabel } from '../organisations/views.ts';
import { groupLabel, linkedItemGroups } from '../organisations/views-items.ts';
import type { Organisation } from '../organisations/service.ts';
import type { CountryPage, CountryRow } from './service.ts';

export function countryIndexView(tr: Translator, rows: CountryRow[]): SafeHtml {
  return html`<h1>${tr.t('countries.title')}</h1>
<p class="lead">${tr.t('countries.intro')}</p>
<div class="table-wrap"><table class="countries-table">
  <caption>${tr.t('countries.table.caption')}</caption>
  <thead><tr><th scope="col">${tr.t('countries.table.country')}</th><th scope="col" class="num">${tr.t('countries.table.members')}</th><th scope="col" class="num">${tr.t('countries.table.items')}</th></tr></thead>
  <tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row"><a href="${countryPaths.country(tr.locale, r.slug)}">${r.name}</a></th><td class="num">${tr.number(r.members)}</td><td class="num">${tr.number(r.items)}</td></tr>`,
  )}</tbody>
</table></div>`;
}

function memberEntry(tr: Translator, org: Organisation): SafeHtml {
  const details = [
    org.membership ? vocabularyLabel(tr, `memberRole.${org.membership.role}`) : null,
    vocabularyLabel(tr, `orgKind.${org.kind}`),
  ].filter((x): x is string => !!x);
  return html`<li><a href="${organisationPaths.organisation(tr.locale, org.slug)}">${org.name}</a>${details.length ? html`<span class="directory-details"> — ${details.join(' · ')}</span>` : ''}</li>`;
}

export function countryView(tr: Translator, page: CountryPage): SafeHtml {
  const locale = tr.locale;
  const total = page.groups.reduce((n, g) => n + g.total, 0);
  return html`<nav class="breadcrumb" aria-label="${tr.t('organisations.breadcrumbs')}"><ol>
  <li><a href="${countryPaths.countries(locale)}">${tr.t('countries.title')}</a></li>
</ol></nav>
<h1>${page.name}</h1>
<ul class="country-links">
  <li><a href="${libraryPaths.library(locale, `country=${page.code}`)}">${tr.t('countries.library', { country: page.name })}</a></li>
  <li><a href="${organisationPaths.directory(locale, `country=${page.code}`)}">${tr.t('countries.organisations', { country: page.name })}</a></li>
</ul>
<section aria-labelledby="country-members">
  <h2 id="country-members">${tr.t('countries.members')}</h2>
  ${
    page.members.length
      ? html`<ul class="directory">${page.members.map((m) => memberEntry(tr, m))}</ul>`
      : html`<p>${tr.t('countries.members.none', { country: page.name })} <a href="${memberPaths.members(locale)}">${tr.t('countries.members.all')}</a></p>`
  }
</section>
${
  page.regions.length
    ? html`<section aria-labelledby="country-regions">
  <h2 id="country-regions">${tr.t('countries.regions')}</h2>
  <ul class="region-list">${page.regions.map((r) => html`<li><a href="${libraryPaths.library(locale, `region=${encodeURIComponent(r.slug)}`)}">${r.name}</a></li>`)}</ul>
</section>`
    : ''
}
<section aria-labelledby="country-linked">
  <h2 id="country-linked">${tr.t('countries.linked')}</h2>
  ${
    total === 0
      ? html`<p>${tr.t('countries.linked.none')}</p>`
      : html`<p>${tr.t('countries.linked.count', { count: total, country: page.name })}</p>
  ${linkedItemGroups(tr, page.groups, {
    href: (type) => libraryPaths.library(locale, `country=${page.code}&type=${type}`),
    label: (g) => tr.t('countries.items.more', { type: groupLabel(tr, g.type) }),
  })}`
  }
</section>`;
}
