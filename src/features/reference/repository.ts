// Countries and regions: reference data kept in step with vocabulary.ts at every start.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { toBool } from '../../db/dialect.ts';
import type { Country, Region } from './domain/regions.ts';
import { COUNTRY_CODES, EU_MEMBERS, REGIONS, countrySlug } from './domain/vocabulary.ts';

function parseNames(json: string): Record<string, string> {
  try {
    return JSON.parse(json) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Insert missing countries and regions; existing rows are left as they are. */
export async function syncReferenceData(db: Kysely<DB>, newId: () => string): Promise<void> {
  const countries = COUNTRY_CODES.map((code) => ({
    code,
    slug: countrySlug(code),
    kind: code === 'EU' ? ('supranational' as const) : ('country' as const),
    in_eu: (EU_MEMBERS as readonly string[]).includes(code),
  }));
  await db
    .insertInto('countries')
    .values(countries)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  regionCache.delete(db);
  const existing = new Set((await db.selectFrom('regions').select('slug').execute()).map((r) => r.slug));
  const missing = REGIONS.filter((r) => !existing.has(r.slug));
  if (missing.length > 0) {
    await db
      .insertInto('regions')
      .values(
        missing.map((r) => ({
          id: newId(),
          slug: r.slug,
          country_code: r.country,
          kind: r.kind,
          names: JSON.stringify(r.names),
        })),
      )
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
  }
}

export async function listCountries(db: Kysely<DB>): Promise<Country[]> {
  const rows = await db.selectFrom('countries').selectAll().execute();
  return rows.map((r) => ({ code: r.code, slug: r.slug, kind: r.kind, inEu: toBool(r.in_eu) }));
}

export async function findCountryBySlug(db: Kysely<DB>, slug: string): Promise<Country | null> {
  const r = await db.selectFrom('countries').selectAll().where('slug', '=', slug).executeTakeFirst();
  return r ? { code: r.code, slug: r.slug, kind: r.kind, inEu: toBool(r.in_eu) } : null;
}

// Regions are reference data, written only by syncReferenceData at start-up: read once per database.
const regionCache = new WeakMap<object, Region[]>();

export async function listRegions(db: Kysely<DB>, countryCode?: string): Promise<Region[]> {
  let all = regionCache.get(db);
  if (!all) {
    const rows = await db.selectFrom('regions').selectAll().orderBy('slug').execute();
    all = rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      countryCode: r.country_code,
      kind: r.kind,
      names: parseNames(r.names),
    }));
    regionCache.set(db, all);
  }
  return countryCode ? all.filter((r) => r.countryCode === countryCode) : all;
}

/** Whether a country code is known. */
export async function countryExists(db: Kysely<DB>, code: string): Promise<boolean> {
  return (
    (await db.selectFrom('countries').select('code').where('code', '=', code).executeTakeFirst()) !==
    undefined
  );
}

/** A region by its slug: its id and country. */
export async function findRegionBySlug(
  db: Kysely<DB>,
  slug: string,
): Promise<{ id: string; countryCode: string } | null> {
  const row = await db
    .selectFrom('regions')
    .select(['id', 'country_code'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? { id: row.id, countryCode: row.country_code } : null;
}
