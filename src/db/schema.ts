// The database as Kysely sees it. DB names every table; this file holds the kernel's own table
// (app_settings), and each module adds its tables from its tables.ts by declaration merging:
//   declare module '../../db/schema.ts' { interface DB { my_table: MyTable } }
// so a module's tables are declared in its folder (docs/ARCHITECTURE.md, "Adding a module").
// Timestamps are ISO-8601 text, booleans are written as booleans and read through `toBool`
// (SQLite returns 1/0), JSON is stored as text.
import type { Generated } from 'kysely';

export interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface DB {
  app_settings: AppSettingsTable;
}

// Keep Generated importable for later tables with database-made values (none so far).
export type { Generated };
