// The support ladder: requests for a policy briefing, a taskforce or a roundtable, worked by
// editors in an inbox (status, replies by e-mail, internal notes), deleted after their retention.
import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('support_requests')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('reference', t.text, (c) => c.notNull().unique())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('locale', t.text, (c) => c.notNull())
    .addColumn('organisation_name', t.text, (c) => c.notNull())
    .addColumn('organisation_id', t.id, (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('country_code', t.text, (c) => c.notNull().references('countries.code'))
    .addColumn('region_id', t.id, (c) => c.references('regions.id').onDelete('set null'))
    .addColumn('contact_name', t.text, (c) => c.notNull())
    .addColumn('email', t.text, (c) => c.notNull())
    .addColumn('instrument', t.text, (c) => c.notNull())
    .addColumn('challenge', t.text, (c) => c.notNull())
    .addColumn('time_frame', t.text, (c) => c.notNull())
    .addColumn('consent_at', t.timestamp, (c) => c.notNull())
    .addColumn('retain_until', t.timestamp, (c) => c.notNull())
    .addColumn('assigned_to', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('dossier_item_id', t.id, (c) => c.references('items.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('decided_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('support_requests_status_idx')
    .on('support_requests')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('support_requests_retain_idx')
    .on('support_requests')
    .column('retain_until')
    .execute();

  await db.schema
    .createTable('support_messages')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('request_id', t.id, (c) => c.notNull().references('support_requests.id').onDelete('cascade'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('author_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('support_messages_request_idx')
    .on('support_messages')
    .columns(['request_id', 'created_at'])
    .execute();
}
