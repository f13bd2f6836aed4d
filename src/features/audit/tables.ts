// The audit module's tables (the append-only audit log), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: string | null;
  created_at: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    audit_log: AuditLogTable;
  }
}
