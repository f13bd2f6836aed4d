// The taskforces module's tables (dossier details and timeline entries), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export type TaskforceStatus = 'requested' | 'briefing' | 'ongoing' | 'finalised' | 'closed';

export interface TaskforceDetailsTable {
  item_id: string;
  status: TaskforceStatus;
  /** JSON array of instrument codes. */
  instruments: string;
  predecessor_id: string | null;
  successor_id: string | null;
  status_changed_at: string;
  updated_at: string;
}

export interface TimelineEntriesTable {
  id: string;
  taskforce_id: string;
  /** 'item' (a reference to a knowledge item) or 'milestone' (the dossier's own event). */
  kind: 'item' | 'milestone';
  item_id: string | null;
  /** YYYY-MM-DD; for item entries null means "the item's own date". */
  entry_date: string | null;
  /** Milestones: JSON {"en": "Pilot launched", "nl": "…"}. */
  titles: string | null;
  /** Editor's notes per language, JSON. */
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    taskforce_details: TaskforceDetailsTable;
    timeline_entries: TimelineEntriesTable;
  }
}
