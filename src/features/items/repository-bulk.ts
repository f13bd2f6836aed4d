// Generated content written as it is, in large batches (the synthetic library of the benchmark):
// rows of the item tables, without the per-item rules of the services (no revisions, no audit).
import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The rows of a batch of items, each table's rows ready to insert. */
export interface ItemRows {
  items: Insertable<DB['items']>[];
  versions: Insertable<DB['item_versions']>[];
  organisations: Insertable<DB['item_organisations']>[];
  countries: Insertable<DB['item_countries']>[];
  levels: Insertable<DB['item_levels']>[];
  themes: Insertable<DB['item_themes']>[];
}

async function insertBatches<T extends keyof DB>(
  db: Kysely<DB>,
  table: T,
  rows: Insertable<DB[T]>[],
  size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

export async function insertItemRows(db: Kysely<DB>, rows: ItemRows): Promise<void> {
  await insertBatches(db, 'items', rows.items, 200);
  await insertBatches(db, 'item_versions', rows.versions, 300);
  await insertBatches(db, 'item_organisations', rows.organisations);
  await insertBatches(db, 'item_countries', rows.countries);
  await insertBatches(db, 'item_levels', rows.levels);
  await insertBatches(db, 'item_themes', rows.themes);
}

/** Fresh planner statistics, so the first queries after a bulk load pick the right indexes. */
export async function refreshStatistics(db: Kysely<DB>): Promise<void> {
  await sql`analyze`.execute(db);
}
