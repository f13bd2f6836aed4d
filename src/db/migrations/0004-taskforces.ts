// Taskforce dossiers. A dossier is a knowledge item of type 'taskforce' (so it shares language
// versions, workflow, revisions, fallback, search and audit with every other item); what only a
// dossier has lives here: its status lifecycle, instruments, predecessor/successor, and a curated
// timeline of references to other items plus milestones of its own.
import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('taskforce_details')
    .addColumn('item_id', t.id, (c) => c.primaryKey().references('items.id').onDelete('cascade'))
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('instruments', t.json, (c) => c.notNull())
    .addColumn('predecessor_id', t.id, (c) => c.references('items.id').onDelete('set null'))
    .addColumn('successor_id', t.id, (c) => c.references('items.id').onDelete('set null'))
    .addColumn('status_changed_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('taskforce_details_status_idx')
    .on('taskforce_details')
    .column('status')
    .execute();

  await db.schema
    .createTable('timeline_entries')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('taskforce_id', t.id, (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('item_id', t.id, (c) => c.references('items.id').onDelete('cascade'))
    .addColumn('entry_date', t.date)
    .addColumn('titles', t.json)
    .addColumn('notes', t.json)
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('timeline_entries_taskforce_idx')
    .on('timeline_entries')
    .column('taskforce_id')
    .execute();
  await db.schema.createIndex('timeline_entries_item_idx').on('timeline_entries').column('item_id').execute();
}
