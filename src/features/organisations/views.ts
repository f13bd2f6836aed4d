// The organisation page: key facts (only filled ones), description, membership, and everything
// linked to the organisation, grouped by type.
import { isMessageKey, type Translator } from '../../i18n/index.ts';
import { factList } from '../../web/components.ts';
import { html, safeUrl, type SafeHtml } from '../../web/html.ts';
import { countryPaths } from '../countries/paths.ts';
import { libraryPaths } from '../library/paths.ts';
import { memberPaths } from '../members/paths.ts';
import { organisationPaths } from './paths.ts';
import { countryName, countrySlug } from '../reference/domain/vocabulary.ts';
import type { OrganisationPage } from './service.ts';
import { groupLabel, linkedItemGroups } from './views-items.ts';
import { descriptionBlock } from './views-text.ts';

function websiteLink(url: string | null): SafeHtml | null {
  const safe = safeUrl(url);
  if (!safe) return null;
  const shown = safe.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  return html`<a href="${safe}" rel="noopener">${shown}</a>`;
}

/** The label of a vocabulary code, or null for a code the catalog does not know (never the code itself). */
export function vocabularyLabel(tr: Translator, key: string): string | null {
  return isMessageKey(key) ? tr.t(key) : null;
}

export function organisationView(tr: Translator, page: OrganisationPage, canMerge: boolean): SafeHtml {
  const { organisation: org, groups } = page;
  const locale = tr.locale;
  const country = org.countryCode
    ? html`<a href="${countryPaths.country(locale, countrySlug(org.countryCode))}">${countryName(org.countryCode, locale)}</a>`
    : null;
  const membership = org.membership;
  const facts = factList([
    { label: tr.t('organisations.field.shortName'), value: org.shortName },
    {
      label: tr.t('organisations.field.aliases'),
      value: org.aliases.filter((a) => a !== org.name && a !== org.shortName).join(', '),
    },
    { label: tr.t('organisations.field.type'), value: vocabularyLabel(tr, `orgKind.${org.kind}`) },
    { label: tr.t('organisations.field.country'), value: country },
    { label: tr.t('organisations.field.region'), value: page.regionName },
    { label: tr.t('organisations.field.website'), value: websiteLink(org.website) },
  ]);
  const memberFacts = membership
    ? factList([
        {
          label: tr.t('organisations.field.memberRole'),
          value: vocabularyLabel(tr, `memberRole.${membership.role}`),
        },
        {
          label: tr.t('organisations.field.memberSince'),
          value: membership.memberSince ? tr.date(membership.memberSince) : null,
        },
        { label: tr.t('organisations.field.memberStatus'), value: tr.t(`memberStatus.${membership.status}`) },
      ])
    : html``;
  const itemCount = groups.reduce((n, g) => n + g.total, 0);
  return html`<nav class="breadcrumb" aria-label="${tr.t('organisations.breadcrumbs')}"><ol>
  <li><a href="${organisationPaths.directory(locale)}">${tr.t('organisations.title')}</a></li>
</ol></nav>
<h1>${org.name}</h1>
${facts}
${descriptionBlock(tr, org.descriptions)}
${
  membership
    ? html`<section aria-labelledby="membership"><h2 id="membership">${tr.t('organisations.membership')}</h2>${memberFacts}
<p><a href="${memberPaths.members(locale)}">${tr.t('organisations.allMembers')}</a></p></section>`
    : ''
}
<section aria-labelledby="linked">
  <h2 id="linked">${tr.t('organisations.linked')}</h2>
  ${
    itemCount === 0
      ? html`<p>${tr.t('organisations.linked.none')}</p>`
      : html`<p>${tr.t('organisations.linked.count', { count: itemCount })}</p>
  ${linkedItemGroups(tr, groups, {
    href: (type) => libraryPaths.library(locale, `organisation=${encodeURIComponent(org.slug)}&type=${type}`),
    label: (g) => tr.t('organisations.items.more', { count: g.total, type: groupLabel(tr, g.type) }),
  })}`
  }
</section>
${canMerge ? html`<p class="editor-tools"><a class="button button-secondary" href="${organisationPaths.merge(locale, org.slug)}">${tr.t('organisations.merge.link')}</a></p>` : ''}`;
}
