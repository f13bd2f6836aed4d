// Organisations as the platform knows them so far (names for accounts); the knowledge hub
// extends this record with aliases, types, regions and descriptions.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface OrganisationOption {
  id: string;
  name: string;
}

export async function listOrganisationOptions(db: Kysely<DB>): Promise<OrganisationOption[]> {
  return db.selectFrom('organisations').select(['id', 'name']).orderBy('name').execute();
}

export async function organisationExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export interface NewOrganisation {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  kind: string;
  countryCode: string | null;
  website: string | null;
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
      created_at: org.now,
      updated_at: org.now,
    })
    .execute();
}

export async function findOrganisationIdBySlug(db: Kysely<DB>, slug: string): Promise<string | null> {
  const row = await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id ?? null;
}
