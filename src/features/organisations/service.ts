// Organisation pages: the A–Z directory, one organisation with everything linked to it, and the
// editors' merge of two records into one (links, aliases and the old address all kept).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { SitemapPage } from '../../kernel/module.ts';
import { organisationPaths } from './paths.ts';
import { iso } from '../../lib/clock.ts';
import { recordAudit } from '../audit/service.ts';
import { canReadMembersOnly, type Actor } from '../items/policy.ts';
import { newestByType, summaries, type ItemSummary, type TypeGroup } from '../items/service-read.ts';
import type { ContentType } from '../../kernel/content-types.ts';
import { moveOrganisationLinks, reindexItem } from '../items/service.ts';
import { moveUsersToOrganisation } from '../users/service.ts';
import type { OrgRole } from '../items/domain/type-specs.ts';
import { listRegions, regionName } from '../reference/service.ts';
import { COUNTRY_CODES, ORG_KINDS, isOneOf } from '../reference/domain/vocabulary.ts';
import { canOrganisation } from './policy.ts';
import {
  allLinkedItemIds,
  countLinks,
  listDirectory,
  rolesOf,
  type DirectoryRow,
} from './repository-links.ts';
import {
  findOrganisationById,
  findOrganisationBySlug,
  listOrganisationOptions,
  mergeOrganisations as mergeOrganisationRecords,
  updateOrganisationFields,
  type Organisation,
  type OrganisationFields,
  type OrganisationOption,
  organisationAddresses as listOrganisationAddresses,
} from './repository.ts';

// The organisation records other modules read and write (the exchange, the seed, item pages, the
// administration): needing no rule beyond the repository's, they are its functions, offered here
// as the module's surface.
export {
  addAlias,
  findOrganisationById,
  findOrganisationBySlug,
  findOrganisationIdBySlug,
  findOrganisationsByIds,
  insertOrganisation,
  insertOrganisationRows,
  listMemberships,
  listOrganisationOptions,
  listOrganisations,
  organisationExists,
  organisationNames,
  resolveOrganisationName,
  setOrganisationText,
  updateOrganisationFields,
  upsertMembership,
  type MembershipRow,
  type Organisation,
  type OrganisationFields,
  type OrganisationName,
  type OrganisationOption,
} from './repository.ts';
export { allLinkedItemIds, type DirectoryRow } from './repository-links.ts';

export const DIRECTORY_PAGE_SIZE = 100;
/** Items shown per type on an organisation or country page; the rest is one click away in the library. */
export const ITEMS_PER_TYPE = 10;

export interface LinkedItem extends ItemSummary {
  roles: OrgRole[];
}

export interface LinkedGroup {
  type: ContentType;
  total: number;
  items: LinkedItem[];
}

/** Summaries (reader's language, with fallback) for the ids of each group, in one read. */
export async function withSummaries(
  db: Kysely<DB>,
  groups: TypeGroup[],
  locale: string,
  roles: Map<string, OrgRole[]> = new Map(),
): Promise<LinkedGroup[]> {
  const all = await summaries(
    db,
    groups.flatMap((g) => g.ids),
    locale,
  );
  const byId = new Map(all.map((s) => [s.id, s]));
  return groups.map((g) => ({
    type: g.type,
    total: g.total,
    items: g.ids.flatMap((id) => {
      const s = byId.get(id);
      return s ? [{ ...s, roles: roles.get(id) ?? [] }] : [];
    }),
  }));
}

export interface Directory {
  rows: DirectoryRow[];
  total: number;
  page: number;
  pageCount: number;
  countryCode: string | null;
  kind: string | null;
}

export async function organisationDirectory(
  deps: Pick<Deps, 'db'>,
  query: { country?: string; type?: string; page?: number },
  locale: string,
): Promise<{ ok: true; directory: Directory } | { ok: false; reason: 'not_found' }> {
  const countryCode = isOneOf(COUNTRY_CODES, query.country) ? query.country : null;
  const kind = isOneOf(ORG_KINDS, query.type) ? query.type : null;
  // Sorted here, not in SQL: the databases' collations disagree on accents ("Óbuda" after "Z").
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const all = (await listDirectory(deps.db, { countryCode, kind })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
  const page = query.page ?? 1;
  const pageCount = Math.max(1, Math.ceil(all.length / DIRECTORY_PAGE_SIZE));
  if (page > pageCount) return { ok: false, reason: 'not_found' };
  const rows = all.slice((page - 1) * DIRECTORY_PAGE_SIZE, page * DIRECTORY_PAGE_SIZE);
  return { ok: true, directory: { rows, total: all.length, page, pageCount, countryCode, kind } };
}

export interface OrganisationPage {
  organisation: Organisation;
  regionName: string | null;
  groups: LinkedGroup[];
}

export type OrganisationPageResult =
  | { ok: true; page: OrganisationPage }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'merged'; slug: string };

/** Follow merge pointers to the record that survived (merges re-point chains, so usually one step). */
async function survivor(db: Kysely<DB>, organisation: Organisation): Promise<Organisation | null> {
  let current: Organisation | null = organisation;
  for (let hops = 0; current?.mergedIntoId && hops < 10; hops++)
    current = await findOrganisationById(db, current.mergedIntoId);
  return current && !current.mergedIntoId ? current : null;
}

export async function organisationPage(
  deps: Pick<Deps, 'db'>,
  slug: string,
  locale: string,
  viewer: Actor | null,
): Promise<OrganisationPageResult> {
  const organisation = await findOrganisationBySlug(deps.db, slug);
  if (!organisation) return { ok: false, reason: 'not_found' };
  if (organisation.mergedIntoId) {
    const target = await survivor(deps.db, organisation);
    return target ? { ok: false, reason: 'merged', slug: target.slug } : { ok: false, reason: 'not_found' };
  }
  const [regions, groups] = await Promise.all([
    organisation.regionId ? listRegions(deps.db, organisation.countryCode ?? undefined) : Promise.resolve([]),
    newestByType(deps.db, [{ facet: 'organisation', values: [organisation.id] }], {
      includeMembersOnly: canReadMembersOnly(viewer),
      perType: ITEMS_PER_TYPE,
    }),
  ]);
  const region = regions.find((r) => r.id === organisation.regionId);
  const roles = await rolesOf(
    deps.db,
    organisation.id,
    groups.flatMap((g) => g.ids),
  );
  return {
    ok: true,
    page: {
      organisation,
      regionName: region ? regionName(region, locale) : null,
      groups: await withSummaries(deps.db, groups, locale, roles),
    },
  };
}

export interface MergeForm {
  organisation: Organisation;
  options: OrganisationOption[];
  linkCount: number;
}

export async function mergeForm(deps: Pick<Deps, 'db'>, slug: string): Promise<MergeForm | null> {
  const organisation = await findOrganisationBySlug(deps.db, slug);
  if (!organisation || organisation.mergedIntoId) return null;
  const [options, linkCount] = await Promise.all([
    listOrganisationOptions(deps.db),
    countLinks(deps.db, organisation.id),
  ]);
  return { organisation, options: options.filter((o) => o.id !== organisation.id), linkCount };
}

export type MergeResult =
  | { ok: true; into: { slug: string; name: string }; moved: number }
  | { ok: false; reason: 'forbidden' | 'not_found' | 'same' | 'unknown_target' };

/**
 * Merge the organisation `slug` into `intoId` in one transaction: every link moves (mergeInto),
 * the old names become aliases, the search index learns the survivor's names, and the audit log
 * records who did it.
 */
export async function mergeOrganisation(
  deps: Deps,
  actor: Actor,
  slug: string,
  intoId: string,
): Promise<MergeResult> {
  if (!canOrganisation(actor, 'organisation.merge')) return { ok: false, reason: 'forbidden' };
  return deps.db.transaction().execute(async (trx): Promise<MergeResult> => {
    const from = await findOrganisationBySlug(trx, slug);
    if (!from || from.mergedIntoId) return { ok: false, reason: 'not_found' };
    if (from.id === intoId) return { ok: false, reason: 'same' };
    const into = await findOrganisationById(trx, intoId);
    if (!into || into.mergedIntoId) return { ok: false, reason: 'unknown_target' };
    const moved = await countLinks(trx, from.id);
    const now = iso(deps.clock.now());
    await mergeInto(trx, from.id, into.id, deps.newId, now);
    for (const itemId of await allLinkedItemIds(trx, into.id)) await reindexItem(deps, trx, itemId);
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'organisation.merged',
      subjectType: 'organisation',
      subjectId: from.id,
      details: {
        from: { slug: from.slug, name: from.name },
        into: { id: into.id, slug: into.slug, name: into.name },
        linkedItems: moved,
      },
    });
    return { ok: true, into: { slug: into.slug, name: into.name }, moved };
  });
}

/**
 * Move everything that points to `fromId` onto `intoId` inside the caller's transaction: item
 * links and owned items (items), users (users), then aliases, texts and membership; the old
 * record stays as a pointer (merged_into_id) so its address can redirect.
 */
export async function mergeInto(
  db: Kysely<DB>,
  fromId: string,
  intoId: string,
  newId: () => string,
  now: string,
): Promise<void> {
  await moveOrganisationLinks(db, fromId, intoId);
  await moveUsersToOrganisation(db, fromId, intoId);
  await mergeOrganisationRecords(db, fromId, intoId, newId, now);
}

/** Every organisation page, for the sitemap. */
export async function organisationAddresses(deps: Pick<Deps, 'db'>): Promise<SitemapPage[]> {
  return (await listOrganisationAddresses(deps.db)).map((o) => ({
    path: (l: string) => organisationPaths.organisation(l, o.slug),
    lastmod: o.updatedAt,
  }));
}

/**
 * Bring an organisation record up to date inside the caller's transaction (the exchange's import).
 * Items are found by the names of their organisations, so when the names change (or aliases are
 * added) the linked items are indexed again under the new ones; the content version changes.
 */
export async function updateOrganisationRecord(
  deps: Pick<Deps, 'search'>,
  trx: Kysely<DB>,
  current: Organisation,
  fields: OrganisationFields,
  aliases: readonly string[],
  now: string,
): Promise<void> {
  await updateOrganisationFields(trx, current.id, fields, now);
  const renamed =
    current.name !== fields.name ||
    current.shortName !== fields.shortName ||
    aliases.some((alias) => !current.aliases.includes(alias));
  if (renamed)
    for (const itemId of await allLinkedItemIds(trx, current.id)) await reindexItem(deps, trx, itemId);
}
