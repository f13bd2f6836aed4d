// The search module's tables (the full-text index (FTS5 table on SQLite, tsvector on PostgreSQL)), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export interface ItemSearchTable {
  item_id: string;
  lang: string;
  title: string;
  content: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    item_search: ItemSearchTable;
  }
}
