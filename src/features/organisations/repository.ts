// Organisations as first-class records: names, aliases (so PBT and PTvT are one record),
// descriptions per language, region, coalition membership, and merges that keep every link.
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { nameKey } from '../../lib/text.ts';
import { bumpContentVersion } from '../../kernel/content-version.ts';

export interface OrganisationOption {
  id: string;
  name: string;
}

export interface Membership {
  role: string;
  memberSince: string | null;
  status: 'active' | 'former';
}

export interface Organisation {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  kind: string;
  countryCode: string | null;
  regionId: string | null;
  website: string | null;
  logoUrl: string | null;
  mergedIntoId: string | null;
  descriptions: Record<string, string>;
  aliases: string[];
  membership: Membership | null;
}

export async function listOrganisationOptions(db: Kysely<DB>): Promise<OrganisationOption[]> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('merged_into_id', 'is', null)
    .orderBy('name')
    .execute();
}

export async function organisationExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', id)
      .where('merged_into_id', 'is', null)
      .executeTakeFirst()) !== undefined
  );
}

export interface NewOrganisation {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  kind: string;
  countryCode: string | null;
  website: string | null;
  regionId?: string | null;
  now: string;
}

export async function insertOrganisation(db: Kysely<DB>, org: NewOrganisation): Promise<void> {
  await db
    .insertInto('organisations')
    .values({
      id: org.id,
      slug: org.slug,
      name: org.name,
      short_name: org.shortName,
      kind: org.kind,
      country_code: org.countryCode,
      website: org.website,
      region_id: org.regionId ?? null,
      logo_url: null,
      merged_into_id: null,
      created_at: org.now,
      updated_at: org.now,
    })
    .execute();
}

export async function findOrganisationIdBySlug(db: Kysely<DB>, slug: string): Promise<string | null> {
  const row = await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id ?? null;
}

export async function setOrganisationText(
  db: Kysely<DB>,
  organisationId: string,
  lang: string,
  description: string,
): Promise<void> {
  await db
    .insertInto('organisation_texts')
    .values({ organisation_id: organisationId, lang, description })
    .onConflict((oc) => oc.columns(['organisation_id', 'lang']).doUpdateSet({ description }))
    .execute();
}

/** Add an alias; false when that spelling already points to some organisation. */
export async function addAlias(
  db: Kysely<DB>,
  id: string,
  organisationId: string,
  alias: string,
): Promise<boolean> {
  const key = nameKey(alias);
  if (!key) return false;
  const result = await db
    .insertInto('organisation_aliases')
    .values({ id, organisation_id: organisationId, alias: alias.trim(), alias_key: key })
    .onConflict((oc) => oc.column('alias_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function upsertMembership(
  db: Kysely<DB>,
  m: {
    id: string;
    organisationId: string;
    role: string;
    memberSince: string | null;
    status: 'active' | 'former';
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      id: m.id,
      organisation_id: m.organisationId,
      role: m.role,
      member_since: m.memberSince,
      status: m.status,
      created_at: m.now,
      updated_at: m.now,
    })
    .onConflict((oc) =>
      oc
        .column('organisation_id')
        .doUpdateSet({ role: m.role, member_since: m.memberSince, status: m.status, updated_at: m.now }),
    )
    .execute();
}

async function hydrate(
  db: Kysely<DB>,
  rows: {
    id: string;
    slug: string;
    name: string;
    short_name: string | null;
    kind: string;
    country_code: string | null;
    region_id: string | null;
    website: string | null;
    logo_url: string | null;
    merged_into_id: string | null;
  }[],
): Promise<Organisation[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [texts, aliases, memberships] = await Promise.all([
    db.selectFrom('organisation_texts').selectAll().where('organisation_id', 'in', ids).execute(),
    db
      .selectFrom('organisation_aliases')
      .select(['organisation_id', 'alias'])
      .where('organisation_id', 'in', ids)
      .orderBy('alias')
      .execute(),
    db.selectFrom('memberships').selectAll().where('organisation_id', 'in', ids).execute(),
  ]);
  return rows.map((r) => {
    const m = memberships.find((x) => x.organisation_id === r.id);
    return {
      id: r.id,
      slug: r.slug,
      name: r.name,
      shortName: r.short_name,
      kind: r.kind,
      countryCode: r.country_code,
      regionId: r.region_id,
      website: r.website,
      logoUrl: r.logo_url,
      mergedIntoId: r.merged_into_id,
      descriptions: Object.fromEntries(
        texts.filter((t) => t.organisation_id === r.id).map((t) => [t.lang, t.description]),
      ),
      aliases: aliases.filter((a) => a.organisation_id === r.id).map((a) => a.alias),
      membership: m ? { role: m.role, memberSince: m.member_since, status: m.status } : null,
    };
  });
}

const ORG_COLUMNS = [
  'id',
  'slug',
  'name',
  'short_name',
  'kind',
  'country_code',
  'region_id',
  'website',
  'logo_url',
  'merged_into_id',
] as const;

export async function findOrganisationBySlug(db: Kysely<DB>, slug: string): Promise<Organisation | null> {
  const row = await db
    .selectFrom('organisations')
    .select(ORG_COLUMNS)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? ((await hydrate(db, [row]))[0] ?? null) : null;
}

export async function findOrganisationById(db: Kysely<DB>, id: string): Promise<Organisation | null> {
  const row = await db
    .selectFrom('organisations')
    .select(ORG_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ((await hydrate(db, [row]))[0] ?? null) : null;
}

export async function findOrganisationsByIds(db: Kysely<DB>, ids: string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organisations')
    .select(ORG_COLUMNS)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return hydrate(db, rows);
}

/** Resolve any spelling (name, short name or alias) to one organisation. */
export async function resolveOrganisationName(db: Kysely<DB>, name: string): Promise<Organisation | null> {
  const key = nameKey(name);
  if (!key) return null;
  const alias = await db
    .selectFrom('organisation_aliases')
    .select('organisation_id')
    .where('alias_key', '=', key)
    .executeTakeFirst();
  if (alias) return findOrganisationById(db, alias.organisation_id);
  const candidates = await db
    .selectFrom('organisations')
    .select(ORG_COLUMNS)
    .where('merged_into_id', 'is', null)
    .execute();
  const match = candidates.find(
    (c) => nameKey(c.name) === key || (c.short_name !== null && nameKey(c.short_name) === key),
  );
  return match ? ((await hydrate(db, [match]))[0] ?? null) : null;
}

export async function listOrganisations(
  db: Kysely<DB>,
  filter: { countryCode?: string; membersOnly?: boolean } = {},
): Promise<Organisation[]> {
  let q = db
    .selectFrom('organisations')
    .select(ORG_COLUMNS.map((c) => `organisations.${c}` as const))
    .where('organisations.merged_into_id', 'is', null);
  if (filter.countryCode) q = q.where('organisations.country_code', '=', filter.countryCode);
  if (filter.membersOnly)
    q = q
      .innerJoin('memberships', 'memberships.organisation_id', 'organisations.id')
      .where('memberships.status', '=', 'active');
  return hydrate(db, await q.orderBy('organisations.name').execute());
}

/**
 * Move the organisation records of `fromId` onto `intoId`: aliases, texts and membership; the old
 * name and short name become aliases; the old record stays as a pointer (merged_into_id) so its
 * address can redirect. Item links and users move through their modules (organisations/service.ts
 * mergeInto). The caller provides the transaction.
 */
export async function mergeOrganisations(
  db: Kysely<DB>,
  fromId: string,
  intoId: string,
  newId: () => string,
  now: string,
): Promise<void> {
  const from = await findOrganisationById(db, fromId);
  if (!from) return;
  await db
    .updateTable('organisation_aliases')
    .set({ organisation_id: intoId })
    .where('organisation_id', '=', fromId)
    .execute();
  for (const [lang, description] of Object.entries(from.descriptions)) {
    await db
      .insertInto('organisation_texts')
      .values({ organisation_id: intoId, lang, description })
      .onConflict((oc) => oc.columns(['organisation_id', 'lang']).doNothing())
      .execute();
  }
  await db.deleteFrom('organisation_texts').where('organisation_id', '=', fromId).execute();
  const intoMembership = await db
    .selectFrom('memberships')
    .select('id')
    .where('organisation_id', '=', intoId)
    .executeTakeFirst();
  if (intoMembership) await db.deleteFrom('memberships').where('organisation_id', '=', fromId).execute();
  else
    await db
      .updateTable('memberships')
      .set({ organisation_id: intoId, updated_at: now })
      .where('organisation_id', '=', fromId)
      .execute();
  for (const name of [from.name, from.shortName]) if (name) await addAlias(db, newId(), intoId, name);
  await db
    .updateTable('organisations')
    .set({ merged_into_id: intoId, updated_at: now })
    .where('id', '=', fromId)
    .execute();
  await db
    .updateTable('organisations')
    .set({ merged_into_id: intoId })
    .where('merged_into_id', '=', fromId)
    .execute();
  await bumpContentVersion(db, now);
}

export interface MembershipRow {
  organisationId: string;
  slug: string;
  name: string;
  shortName: string | null;
  countryCode: string | null;
  role: string;
  memberSince: string | null;
  status: 'active' | 'former';
}

export async function listMemberships(
  db: Kysely<DB>,
  filter: { countryCode?: string; status?: 'active' | 'former' },
): Promise<MembershipRow[]> {
  let q = db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'organisations.id',
      'organisations.slug',
      'organisations.name',
      'organisations.short_name',
      'organisations.country_code',
      'memberships.role',
      'memberships.member_since',
      'memberships.status',
    ])
    .where('organisations.merged_into_id', 'is', null);
  if (filter.countryCode) q = q.where('organisations.country_code', '=', filter.countryCode);
  if (filter.status) q = q.where('memberships.status', '=', filter.status);
  const rows = await q.orderBy('organisations.country_code').orderBy('organisations.name').execute();
  return rows.map((r) => ({
    organisationId: r.id,
    slug: r.slug,
    name: r.name,
    shortName: r.short_name,
    countryCode: r.country_code,
    role: r.role,
    memberSince: r.member_since,
    status: r.status,
  }));
}

/** Slug and last change of every organisation that was not merged away, by slug. */
export async function organisationAddresses(db: Kysely<DB>): Promise<{ slug: string; updatedAt: string }[]> {
  const rows = await db
    .selectFrom('organisations')
    .select(['slug', 'updated_at'])
    .where('merged_into_id', 'is', null)
    .orderBy('slug')
    .execute();
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updated_at }));
}

function chunksOf<T>(list: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export interface OrganisationName {
  id: string;
  slug: string;
  name: string;
}

/** Slug and name of live (not merged) organisations: all the organisation facet shows. */
export async function organisationNames(db: Kysely<DB>, ids: string[]): Promise<OrganisationName[]> {
  const out: OrganisationName[] = [];
  for (const chunk of chunksOf([...new Set(ids)])) {
    out.push(
      ...(await db
        .selectFrom('organisations')
        .select(['id', 'slug', 'name'])
        .where('id', 'in', chunk)
        .where('merged_into_id', 'is', null)
        .execute()),
    );
  }
  return out;
}

export interface OrganisationFields {
  name: string;
  shortName: string | null;
  kind: string;
  countryCode: string | null;
  regionId: string | null;
  website: string | null;
  /** Left as it is when undefined. */
  logoUrl?: string | null;
}

export async function updateOrganisationFields(
  db: Kysely<DB>,
  id: string,
  fields: OrganisationFields,
  now: string,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set({
      name: fields.name,
      short_name: fields.shortName,
      kind: fields.kind,
      country_code: fields.countryCode,
      region_id: fields.regionId,
      website: fields.website,
      ...(fields.logoUrl !== undefined ? { logo_url: fields.logoUrl } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
  // Names are shown with items and searched with them: like every content change, a new version.
  await bumpContentVersion(db, now);
}

/** Generated organisations written as they are, 500 a statement (the synthetic library). */
export async function insertOrganisationRows(
  db: Kysely<DB>,
  rows: Insertable<DB['organisations']>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('organisations')
      .values(rows.slice(i, i + 500))
      .execute();
}
