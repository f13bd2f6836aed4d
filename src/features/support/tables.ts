// The support module's tables (support requests and their messages), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export type SupportStatus = 'new' | 'in_discussion' | 'accepted' | 'declined';

export interface SupportRequestsTable {
  id: string;
  reference: string;
  status: SupportStatus;
  locale: string;
  organisation_name: string;
  organisation_id: string | null;
  country_code: string;
  region_id: string | null;
  contact_name: string;
  email: string;
  instrument: string;
  challenge: string;
  time_frame: string;
  consent_at: string;
  retain_until: string;
  assigned_to: string | null;
  dossier_item_id: string | null;
  created_at: string;
  updated_at: string;
  decided_at: string | null;
}

export interface SupportMessagesTable {
  id: string;
  request_id: string;
  /** 'reply' (e-mailed to the requester), 'note' (internal) or 'status' (a status change). */
  kind: 'reply' | 'note' | 'status';
  author_id: string | null;
  body: string;
  created_at: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    support_requests: SupportRequestsTable;
    support_messages: SupportMessagesTable;
  }
}
