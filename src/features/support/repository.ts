// Support requests and their message thread (replies, notes, status changes).
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { SupportMessagesTable, SupportRequestsTable, SupportStatus } from './tables.ts';

export interface SupportRequest {
  id: string;
  reference: string;
  status: SupportStatus;
  locale: string;
  organisationName: string;
  organisationId: string | null;
  countryCode: string;
  regionId: string | null;
  contactName: string;
  email: string;
  instrument: string;
  challenge: string;
  timeFrame: string;
  consentAt: string;
  retainUntil: string;
  dossierItemId: string | null;
  createdAt: string;
  updatedAt: string;
  decidedAt: string | null;
}

export interface SupportMessage {
  id: string;
  kind: 'reply' | 'note' | 'status';
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: string;
}

function toRequest(r: Selectable<SupportRequestsTable>): SupportRequest {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    locale: r.locale,
    organisationName: r.organisation_name,
    organisationId: r.organisation_id,
    countryCode: r.country_code,
    regionId: r.region_id,
    contactName: r.contact_name,
    email: r.email,
    instrument: r.instrument,
    challenge: r.challenge,
    timeFrame: r.time_frame,
    consentAt: r.consent_at,
    retainUntil: r.retain_until,
    dossierItemId: r.dossier_item_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    decidedAt: r.decided_at,
  };
}

export async function insertRequest(db: Kysely<DB>, row: Selectable<SupportRequestsTable>): Promise<void> {
  await db.insertInto('support_requests').values(row).execute();
}

export async function findRequest(db: Kysely<DB>, id: string): Promise<SupportRequest | null> {
  const row = await db.selectFrom('support_requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRequest(row) : null;
}

export async function referenceTaken(db: Kysely<DB>, reference: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('support_requests')
      .select('id')
      .where('reference', '=', reference)
      .executeTakeFirst()) !== undefined
  );
}

export async function listRequests(
  db: Kysely<DB>,
  input: { status?: SupportStatus; limit: number; offset: number },
): Promise<{ items: SupportRequest[]; total: number; counts: Record<string, number> }> {
  let base = db.selectFrom('support_requests');
  if (input.status) base = base.where('status', '=', input.status);
  const [rows, total, counts] = await Promise.all([
    base
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db
      .selectFrom('support_requests')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute(),
  ]);
  return {
    items: rows.map(toRequest),
    total: Number(total.n),
    counts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
  };
}

export async function updateStatus(
  db: Kysely<DB>,
  id: string,
  status: SupportStatus,
  now: string,
): Promise<void> {
  const decided = status === 'accepted' || status === 'declined';
  await db
    .updateTable('support_requests')
    .set({ status, updated_at: now, decided_at: decided ? now : null })
    .where('id', '=', id)
    .execute();
}

export async function linkDossier(db: Kysely<DB>, id: string, itemId: string, now: string): Promise<void> {
  await db
    .updateTable('support_requests')
    .set({ dossier_item_id: itemId, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function insertMessage(db: Kysely<DB>, row: Selectable<SupportMessagesTable>): Promise<void> {
  await db.insertInto('support_messages').values(row).execute();
}

export async function listMessages(db: Kysely<DB>, requestId: string): Promise<SupportMessage[]> {
  const rows = await db
    .selectFrom('support_messages')
    .leftJoin('users', 'users.id', 'support_messages.author_id')
    .select([
      'support_messages.id',
      'support_messages.kind',
      'support_messages.author_id',
      'support_messages.body',
      'support_messages.created_at',
      'users.display_name',
    ])
    .where('support_messages.request_id', '=', requestId)
    .orderBy('support_messages.created_at')
    .orderBy('support_messages.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    authorId: r.author_id,
    authorName: r.display_name,
    body: r.body,
    createdAt: r.created_at,
  }));
}

/** Delete every request past its retention date; returns the references deleted. */
export async function deleteExpired(db: Kysely<DB>, now: string): Promise<string[]> {
  const expired = await db
    .selectFrom('support_requests')
    .select(['id', 'reference'])
    .where('retain_until', '<', now)
    .execute();
  if (expired.length === 0) return [];
  await db
    .deleteFrom('support_requests')
    .where(
      'id',
      'in',
      expired.map((e) => e.id),
    )
    .execute();
  return expired.map((e) => e.reference);
}

export async function staffRecipients(db: Kysely<DB>): Promise<{ email: string; locale: string }[]> {
  return db
    .selectFrom('users')
    .select(['email', 'locale'])
    .where('role', 'in', ['editor', 'admin'])
    .where('status', '=', 'active')
    .orderBy('email')
    .execute();
}
