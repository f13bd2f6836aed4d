// The two questions readiness asks the database: does it answer, and which migrations are pending.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export { pendingMigrations } from '../../db/database.ts';

export async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
