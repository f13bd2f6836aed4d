// Dossier details (status, instruments, predecessor/successor) and timeline entries.
import type { Kysely, Selectable } from 'kysely';
import { DOSSIER_TYPE } from '../../kernel/content-types.ts';
import type { DB } from '../../db/schema.ts';
import type { TaskforceDetailsTable, TaskforceStatus, TimelineEntriesTable } from './tables.ts';
import { parseFields } from '../items/domain/records.ts';

export interface DossierDetails {
  itemId: string;
  status: TaskforceStatus;
  instruments: string[];
  predecessorId: string | null;
  successorId: string | null;
  statusChangedAt: string;
  updatedAt: string;
}

export interface TimelineEntry {
  id: string;
  taskforceId: string;
  kind: 'item' | 'milestone';
  itemId: string | null;
  entryDate: string | null;
  titles: Record<string, string>;
  notes: Record<string, string>;
  createdAt: string;
}

function toDetails(r: Selectable<TaskforceDetailsTable>): DossierDetails {
  let instruments: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.instruments);
    if (Array.isArray(parsed)) instruments = parsed.filter((x): x is string => typeof x === 'string');
  } catch {
    instruments = [];
  }
  return {
    itemId: r.item_id,
    status: r.status,
    instruments,
    predecessorId: r.predecessor_id,
    successorId: r.successor_id,
    statusChangedAt: r.status_changed_at,
    updatedAt: r.updated_at,
  };
}

function toEntry(r: Selectable<TimelineEntriesTable>): TimelineEntry {
  return {
    id: r.id,
    taskforceId: r.taskforce_id,
    kind: r.kind,
    itemId: r.item_id,
    entryDate: r.entry_date,
    titles: parseFields(r.titles),
    notes: parseFields(r.notes),
    createdAt: r.created_at,
  };
}

export async function insertDetails(
  db: Kysely<DB>,
  d: {
    itemId: string;
    status: TaskforceStatus;
    instruments: string[];
    predecessorId: string | null;
    successorId: string | null;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('taskforce_details')
    .values({
      item_id: d.itemId,
      status: d.status,
      instruments: JSON.stringify(d.instruments),
      predecessor_id: d.predecessorId,
      successor_id: d.successorId,
      status_changed_at: d.now,
      updated_at: d.now,
    })
    .execute();
}

export async function updateDetails(
  db: Kysely<DB>,
  itemId: string,
  d: {
    status: TaskforceStatus;
    statusChanged: boolean;
    instruments: string[];
    predecessorId: string | null;
    successorId: string | null;
    now: string;
  },
): Promise<void> {
  await db
    .updateTable('taskforce_details')
    .set({
      status: d.status,
      instruments: JSON.stringify(d.instruments),
      predecessor_id: d.predecessorId,
      successor_id: d.successorId,
      updated_at: d.now,
      ...(d.statusChanged ? { status_changed_at: d.now } : {}),
    })
    .where('item_id', '=', itemId)
    .execute();
}

export async function findDetails(db: Kysely<DB>, itemId: string): Promise<DossierDetails | null> {
  const row = await db
    .selectFrom('taskforce_details')
    .selectAll()
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return row ? toDetails(row) : null;
}

export async function listDetails(db: Kysely<DB>): Promise<DossierDetails[]> {
  const rows = await db.selectFrom('taskforce_details').selectAll().execute();
  return rows.map(toDetails);
}

export async function listEntries(db: Kysely<DB>, taskforceId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('timeline_entries')
    .selectAll()
    .where('taskforce_id', '=', taskforceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toEntry);
}

/** Every timeline entry of every dossier (for the library export), in the order of listEntries. */
export async function listAllEntries(db: Kysely<DB>): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('timeline_entries')
    .selectAll()
    .orderBy('taskforce_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toEntry);
}

export async function findEntry(
  db: Kysely<DB>,
  taskforceId: string,
  id: string,
): Promise<TimelineEntry | null> {
  const row = await db
    .selectFrom('timeline_entries')
    .selectAll()
    .where('id', '=', id)
    .where('taskforce_id', '=', taskforceId)
    .executeTakeFirst();
  return row ? toEntry(row) : null;
}

export async function insertEntry(
  db: Kysely<DB>,
  e: {
    id: string;
    taskforceId: string;
    kind: 'item' | 'milestone';
    itemId: string | null;
    entryDate: string | null;
    titles: Record<string, string> | null;
    notes: Record<string, string> | null;
    actorId: string | null;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('timeline_entries')
    .values({
      id: e.id,
      taskforce_id: e.taskforceId,
      kind: e.kind,
      item_id: e.itemId,
      entry_date: e.entryDate,
      titles: e.titles ? JSON.stringify(e.titles) : null,
      notes: e.notes && Object.keys(e.notes).length ? JSON.stringify(e.notes) : null,
      created_by: e.actorId,
      created_at: e.now,
      updated_at: e.now,
    })
    .execute();
}

export async function updateEntry(
  db: Kysely<DB>,
  id: string,
  e: {
    entryDate: string | null;
    titles: Record<string, string> | null;
    notes: Record<string, string>;
    now: string;
  },
): Promise<void> {
  await db
    .updateTable('timeline_entries')
    .set({
      entry_date: e.entryDate,
      titles: e.titles ? JSON.stringify(e.titles) : null,
      notes: Object.keys(e.notes).length ? JSON.stringify(e.notes) : null,
      updated_at: e.now,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteEntry(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('timeline_entries').where('id', '=', id).execute();
}

export async function entryExists(db: Kysely<DB>, taskforceId: string, itemId: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('timeline_entries')
      .select('id')
      .where('taskforce_id', '=', taskforceId)
      .where('item_id', '=', itemId)
      .executeTakeFirst()) !== undefined
  );
}

/** Keep the imported date of a dossier's last status change (the repository sets "now"). */
export async function setStatusChangedAt(
  db: Kysely<DB>,
  itemId: string,
  statusChangedAt: string,
): Promise<void> {
  await db
    .updateTable('taskforce_details')
    .set({ status_changed_at: statusChangedAt })
    .where('item_id', '=', itemId)
    .execute();
}

/** Name `predecessorId` as the predecessor of a dossier (succession is kept in both directions). */
export async function setPredecessor(
  db: Kysely<DB>,
  itemId: string,
  predecessorId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('taskforce_details')
    .set({ predecessor_id: predecessorId, updated_at: now })
    .where('item_id', '=', itemId)
    .execute();
}

/** Every dossier (not deleted) other than this one: the choices for predecessor and successor. */
export async function otherDossierIds(db: Kysely<DB>, itemId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('items')
    .select('id')
    .where('type', '=', DOSSIER_TYPE)
    .where('deleted_at', 'is', null)
    .where('id', '!=', itemId)
    .execute();
  return rows.map((r) => r.id);
}
