// Installation-wide settings and secrets kept in the database, shared by every process.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export async function getSetting(db: Kysely<DB>, key: string): Promise<string | null> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

/** Store `value` unless the key exists; return whichever value won (safe with concurrent starts). */
export async function ensureSetting(
  db: Kysely<DB>,
  key: string,
  value: string,
  now: string,
): Promise<string> {
  await db
    .insertInto('app_settings')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await getSetting(db, key)) ?? value;
}

export async function putSetting(db: Kysely<DB>, key: string, value: string, now: string): Promise<void> {
  await db
    .insertInto('app_settings')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
}
