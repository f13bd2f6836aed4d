// Organisations, countries, members and events through the API (public data only).
import type { Static } from 'typebox';
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import { paths } from '../../web/paths.ts';
import { summaries } from '../items/service-read.ts';
import { decodeApiCursor, decodeSlugCursor, encodeCursor, encodeSlugCursor } from '../../lib/cursor.ts';
import {
  findOrganisationById,
  findOrganisationBySlug,
  findOrganisationsByIds,
  type Organisation,
} from './repository.ts';
import { listCountries, listRegions, type Region } from '../reference/repository.ts';
import { countryName } from '../reference/domain/vocabulary.ts';
import { countryRef, toItemSummary } from '../library/service-api.ts';
import {
  countPublicItemsOfOrganisation,
  countsPerCountry,
  eventPage,
  listMemberships,
  organisationPage,
} from './repository-api.ts';
import { absolute, invalidCursor, notFound, ok, type ApiResult } from '../../kernel/results.ts';
import type {
  CountriesSchema,
  EventsQuery,
  EventsSchema,
  MembersQuery,
  MembersSchema,
  OrganisationDetailSchema,
  OrganisationPageSchema,
  OrganisationsQuery,
  OrganisationSummarySchema,
} from '../../web/api/schemas.ts';

type OrgSummary = Static<typeof OrganisationSummarySchema>;

function toOrganisationSummary(deps: Deps, org: Organisation, regions: Region[], locale: string): OrgSummary {
  return {
    slug: org.slug,
    name: org.name,
    shortName: org.shortName,
    kind: org.kind as OrgSummary['kind'],
    country: org.countryCode,
    region: regions.find((r) => r.id === org.regionId)?.slug ?? null,
    website: org.website,
    url: absolute(deps, paths.organisation(locale, org.slug)),
    membership: org.membership
      ? { ...org.membership, role: org.membership.role as NonNullable<OrgSummary['membership']>['role'] }
      : null,
  };
}

export async function listOrganisationsApi(
  deps: Deps,
  query: Static<typeof OrganisationsQuery>,
): Promise<ApiResult<Static<typeof OrganisationPageSchema>>> {
  const locale = query.locale ?? 'en';
  const limit = query.limit ?? 50;
  const afterSlug = query.cursor === undefined ? null : decodeSlugCursor(query.cursor);
  if (query.cursor !== undefined && afterSlug === null) return invalidCursor();
  const page = await organisationPage(
    deps.db,
    { countryCode: query.country, member: query.member },
    { limit: limit + 1, afterSlug },
  );
  const ids = page.ids.slice(0, limit);
  const [orgs, regions] = await Promise.all([findOrganisationsByIds(deps.db, ids), listRegions(deps.db)]);
  const items = ids.flatMap((id) => {
    const org = orgs.find((o) => o.id === id);
    return org ? [toOrganisationSummary(deps, org, regions, locale)] : [];
  });
  const last = items[items.length - 1];
  return ok({
    items,
    nextCursor: page.ids.length > limit && last ? encodeSlugCursor(last.slug) : null,
    total: page.total,
  });
}

export type OrganisationLookup =
  ApiResult<Static<typeof OrganisationDetailSchema>> | { ok: false; status: 301; location: string };

/** One organisation; a merged record answers with the address of the one it was merged into. */
export async function organisationDetail(
  deps: Deps,
  slug: string,
  locale: string,
): Promise<OrganisationLookup> {
  const org = await findOrganisationBySlug(deps.db, slug);
  if (!org) return notFound('api.error.notFoundOrganisation');
  if (org.mergedIntoId) {
    const into = await findOrganisationById(deps.db, org.mergedIntoId);
    if (!into) return notFound('api.error.notFoundOrganisation');
    return {
      ok: false,
      status: 301,
      location: `/api/v1/organisations/${encodeURIComponent(into.slug)}${locale === 'en' ? '' : `?locale=${locale}`}`,
    };
  }
  const [regions, itemCount] = await Promise.all([
    listRegions(deps.db),
    countPublicItemsOfOrganisation(deps.db, org.id),
  ]);
  return ok({
    ...toOrganisationSummary(deps, org, regions, locale),
    logoUrl: org.logoUrl,
    aliases: org.aliases,
    descriptions: org.descriptions,
    itemCount,
  });
}

export async function listCountriesApi(deps: Deps, locale: string): Promise<Static<typeof CountriesSchema>> {
  const [countries, counts] = await Promise.all([listCountries(deps.db), countsPerCountry(deps.db)]);
  const items = countries
    .map((c) => ({
      ...countryRef(c.code),
      slug: c.slug,
      kind: c.kind,
      inEu: c.inEu,
      url: absolute(deps, paths.country(locale, c.slug)),
      counts: { items: counts.items.get(c.code) ?? 0, members: counts.members.get(c.code) ?? 0 },
    }))
    .sort((a, b) => a.names.en.localeCompare(b.names.en, 'en'));
  return { items, total: items.length };
}

export async function listMembersApi(
  deps: Deps,
  query: Static<typeof MembersQuery>,
): Promise<Static<typeof MembersSchema>> {
  const locale = query.locale ?? 'en';
  const rows = await listMemberships(deps.db, { countryCode: query.country, status: query.status });
  const items = rows
    .map((r) => ({
      organisation: {
        slug: r.slug,
        name: r.name,
        shortName: r.shortName,
        url: absolute(deps, paths.organisation(locale, r.slug)),
      },
      role: r.role as Static<typeof MembersSchema>['items'][number]['role'],
      memberSince: r.memberSince,
      status: r.status,
      country: r.countryCode ? countryRef(r.countryCode) : null,
    }))
    .sort(
      (a, b) =>
        (a.country ? countryName(a.country.code, locale) : '~').localeCompare(
          b.country ? countryName(b.country.code, locale) : '~',
          locale,
        ) || a.organisation.name.localeCompare(b.organisation.name, locale),
    );
  return { items, total: items.length };
}

export async function listEventsApi(
  deps: Deps,
  query: Static<typeof EventsQuery>,
): Promise<ApiResult<Static<typeof EventsSchema>>> {
  const locale = query.locale ?? 'en';
  const limit = query.limit ?? 50;
  const after = query.cursor === undefined ? null : decodeApiCursor(query.cursor);
  if (query.cursor !== undefined && !after?.sortDate) return invalidCursor();
  const today = iso(deps.clock.now()).slice(0, 10);
  const page = await eventPage(deps.db, { when: query.when ?? 'upcoming', today, limit: limit + 1, after });
  const rows = page.rows.slice(0, limit);
  const found = await summaries(
    deps.db,
    rows.map((r) => r.id),
    locale,
  );
  const items = rows.flatMap((row) => {
    const s = found.find((f) => f.id === row.id);
    if (!s) return [];
    const summary = toItemSummary(deps, s, [s.lang], locale);
    return [
      {
        slug: s.slug,
        type: s.type as 'meeting' | 'event',
        title: s.title,
        summary: s.summary,
        language: s.lang,
        fallback: s.fallback,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        venue: row.venue,
        city: row.city,
        url: summary.url,
        onlineUrl: row.onlineUrl,
        registrationUrl: row.registrationUrl,
        organisation: summary.organisation,
      },
    ];
  });
  const last = rows[rows.length - 1];
  return ok({
    items,
    nextCursor:
      page.rows.length > limit && last ? encodeCursor({ sortDate: last.startsOn, id: last.id }) : null,
    total: page.total,
  });
}
