import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import { insertAudit, type AuditInput } from './repository.ts';

export { listAudit, type AuditEntry } from './repository.ts';

/** Record an audit entry with `db`, normally the transaction of the change being recorded. */
export async function recordAudit(
  deps: Pick<Deps, 'clock' | 'newId'>,
  db: Kysely<DB>,
  input: AuditInput,
): Promise<void> {
  await insertAudit(db, deps.newId(), iso(deps.clock.now()), input);
}
