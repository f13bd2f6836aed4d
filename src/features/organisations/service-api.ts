// Organisations through the API (public data only): pages in slug order with a cursor, and one
// organisation with its aliases, descriptions and membership.
import type { Static } from 'typebox';
import type { Deps } from '../../deps.ts';
import { organisationPaths } from './paths.ts';
import { decodeSlugCursor, encodeSlugCursor } from '../../lib/cursor.ts';
import {
  findOrganisationById,
  findOrganisationBySlug,
  findOrganisationsByIds,
  type Organisation,
} from './repository.ts';
import { listRegions, type Region } from '../reference/service.ts';
import { countPublicItemsOfOrganisation, organisationPage } from './repository-links.ts';
import { absolute, invalidCursor, notFound, ok, type ApiResult } from '../../kernel/results.ts';
import type {
  OrganisationDetailSchema,
  OrganisationPageSchema,
  OrganisationsQuery,
  OrganisationSummarySchema,
} from './schema.ts';

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
    url: absolute(deps, organisationPaths.organisation(locale, org.slug)),
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
