// The editorial module's tables (attachments of items), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export interface AttachmentsTable {
  id: string;
  item_id: string;
  lang: string | null;
  title: string;
  filename: string;
  stored_name: string;
  mime: string;
  size: number;
  created_by: string | null;
  created_at: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    attachments: AttachmentsTable;
  }
}
