// Append-only audit trail: who did what to which record, and when.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface AuditEntry {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
}

export interface AuditInput {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details?: Record<string, unknown>;
}

export async function insertAudit(db: Kysely<DB>, id: string, now: string, input: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id,
      actor_id: input.actorId,
      action: input.action,
      subject_type: input.subjectType,
      subject_id: input.subjectId,
      details: input.details ? JSON.stringify(input.details) : null,
      created_at: now,
    })
    .execute();
}

function parseDetails(value: string | null): Record<string, unknown> | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function listAudit(
  db: Kysely<DB>,
  input: { limit: number; offset: number; subjectType?: string; subjectId?: string },
): Promise<{ items: AuditEntry[]; total: number }> {
  let base = db.selectFrom('audit_log');
  if (input.subjectType) base = base.where('audit_log.subject_type', '=', input.subjectType);
  if (input.subjectId) base = base.where('audit_log.subject_id', '=', input.subjectId);
  const [rows, count] = await Promise.all([
    base
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .select([
        'audit_log.id',
        'audit_log.actor_id',
        'audit_log.action',
        'audit_log.subject_type',
        'audit_log.subject_id',
        'audit_log.details',
        'audit_log.created_at',
        'users.display_name',
      ])
      .orderBy('audit_log.created_at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      actorId: r.actor_id,
      actorName: r.display_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      details: parseDetails(r.details),
      createdAt: r.created_at,
    })),
  };
}
