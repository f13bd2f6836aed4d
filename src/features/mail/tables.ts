// The mail module's tables (the transactional outbox), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'held';

export interface MailOutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: MailStatus;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

declare module '../../db/schema.ts' {
  interface DB {
    mail_outbox: MailOutboxTable;
  }
}
