// Fixed-window counters: one row per key and window start.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Count one hit in the window; the hits counted so far. */
export async function countHit(db: Kysely<DB>, key: string, windowStart: string): Promise<number> {
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limits.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return Number(row.hits);
}

/** The hits counted in the window, without counting. */
export async function hitsIn(db: Kysely<DB>, key: string, windowStart: string): Promise<number> {
  const row = await db
    .selectFrom('rate_limits')
    .select('hits')
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .executeTakeFirst();
  return Number(row?.hits ?? 0);
}

export async function deleteWindowsBefore(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', before).execute();
}
