// The members directory page: the map and the per-country table first, then every member grouped
// by country with its role, type, region, year of joining and description.
import type { Translator } from '../../i18n/index.ts';
import { factList } from '../../web/components.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { countryPaths } from '../countries/paths.ts';
import { organisationPaths } from '../organisations/paths.ts';
import { descriptionBlock } from '../organisations/views-text.ts';
import { vocabularyLabel } from '../organisations/views.ts';
import type { CountryGroup, Member, MembersDirectory } from './service.ts';
import { countsTable, mapFigure } from './views-map.ts';

function memberEntry(tr: Translator, { organisation: org, regionName }: Member): SafeHtml {
  const since = org.membership?.memberSince?.slice(0, 4) ?? null;
  const facts = factList([
    {
      label: tr.t('members.field.role'),
      value: org.membership ? vocabularyLabel(tr, `memberRole.${org.membership.role}`) : null,
    },
    { label: tr.t('members.field.type'), value: vocabularyLabel(tr, `orgKind.${org.kind}`) },
    { label: tr.t('members.field.region'), value: regionName },
    { label: tr.t('members.field.since'), value: since },
  ]);
  const short =
    org.shortName && org.shortName !== org.name
      ? html` <span class="short-name">(${org.shortName})</span>`
      : '';
  return html`<li class="member">
  <h4><a href="${organisationPaths.organisation(tr.locale, org.slug)}">${org.name}</a>${short}</h4>
  ${facts}
  ${descriptionBlock(tr, org.descriptions, 'member-description')}
</li>`;
}

function groupSection(tr: Translator, group: CountryGroup): SafeHtml {
  const id = `country-${group.code ? group.code.toLowerCase() : 'none'}`;
  const title = group.slug
    ? html`<a href="${countryPaths.country(tr.locale, group.slug)}">${group.name}</a>`
    : group.name;
  return html`<section class="member-group" aria-labelledby="${id}">
  <h3 id="${id}">${title} <span class="count">(${tr.number(group.members.length)})</span></h3>
  <ul class="members">${group.members.map((m) => memberEntry(tr, m))}</ul>
</section>`;
}

export function membersView(tr: Translator, directory: MembersDirectory): SafeHtml {
  const counts = directory.counts;
  const countries = directory.groups.filter((g) => g.code && g.code !== 'EU').length;
  return html`<h1>${tr.t('members.title')}</h1>
<p class="lead">${tr.t('members.intro', { count: directory.total, countries })}</p>
<div class="members-layout">
  <section class="members-overview" aria-labelledby="members-map-heading">
    <h2 id="members-map-heading">${tr.t('members.map.heading')}</h2>
    ${mapFigure(tr, counts)}
    ${countsTable(tr, counts, directory.total)}
  </section>
  <section class="members-directory" aria-labelledby="members-directory-heading">
    <h2 id="members-directory-heading">${tr.t('members.byCountry')}</h2>
    ${directory.groups.length === 0 ? html`<p>${tr.t('members.none')}</p>` : directory.groups.map((g) => groupSection(tr, g))}
    <p><a href="${organisationPaths.directory(tr.locale)}">${tr.t('members.allOrganisations')}</a></p>
  </section>
</div>`;
}
