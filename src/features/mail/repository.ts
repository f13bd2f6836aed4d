// The transactional outbox: messages are written in the same transaction as the change that
// caused them, then delivered by the worker. A row is claimed with a conditional update, so
// with several processes each message is sent by one of them only.
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MailOutboxTable, MailStatus } from './tables.ts';

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

const COLUMNS = [
  'id',
  'to_address',
  'subject',
  'text_body',
  'html_body',
  'status',
  'attempts',
  'next_attempt_at',
  'last_error',
  'created_at',
  'sent_at',
] as const;

function toMessage(row: Pick<Selectable<MailOutboxTable>, (typeof COLUMNS)[number]>): MailMessage {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

export async function insertMessage(
  db: Kysely<DB>,
  input: {
    id: string;
    to: string;
    subject: string;
    text: string;
    html: string | null;
    status: 'pending' | 'held';
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({
      id: input.id,
      to_address: input.to,
      subject: input.subject,
      text_body: input.text,
      html_body: input.html,
      status: input.status,
      attempts: 0,
      next_attempt_at: input.now,
      locked_until: null,
      last_error: null,
      created_at: input.now,
      sent_at: null,
    })
    .execute();
}

export async function dueMessageIds(db: Kysely<DB>, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        // A process that died mid-send leaves 'sending' with an expired lock: take it over.
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Claim one message for sending; false when another worker got it first. */
export async function claimMessage(
  db: Kysely<DB>,
  id: string,
  now: string,
  lockUntil: string,
): Promise<MailMessage | null> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ status: 'sending', locked_until: lockUntil })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)]),
      ]),
    )
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  return findMessage(db, id);
}

export async function markSent(db: Kysely<DB>, id: string, now: string): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set((eb) => ({
      status: 'sent',
      sent_at: now,
      locked_until: null,
      last_error: null,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

export async function markAttemptFailed(
  db: Kysely<DB>,
  id: string,
  input: { error: string; nextAttemptAt: string; giveUp: boolean },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set((eb) => ({
      status: input.giveUp ? 'failed' : 'pending',
      next_attempt_at: input.nextAttemptAt,
      last_error: input.error.slice(0, 1000),
      locked_until: null,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

export async function findMessage(db: Kysely<DB>, id: string): Promise<MailMessage | null> {
  const row = await db.selectFrom('mail_outbox').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toMessage(row) : null;
}

export async function listMessages(
  db: Kysely<DB>,
  input: { limit: number; offset: number },
): Promise<{ items: MailMessage[]; total: number }> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('mail_outbox')
      .select(COLUMNS)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    db
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toMessage), total: Number(count.n) };
}
