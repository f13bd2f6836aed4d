// Row types of every table, as Kysely sees them. Timestamps are ISO-8601 text, booleans are
// written as booleans and read through `toBool` (SQLite returns 1/0), JSON is stored as text.
import type { Generated } from 'kysely';

export type Role = 'admin' | 'editor' | 'member' | 'coordinator' | 'school_contact' | 'company_contact';
export type UserStatus = 'active' | 'invited' | 'disabled';

export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  short_name: string | null;
  kind: string;
  country_code: string | null;
  website: string | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  role: Role;
  status: UserStatus;
  organisation_id: string | null;
  locale: string;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the opaque cookie value; the cookie itself is never stored. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface UserTokensTable {
  id: string;
  user_id: string;
  purpose: 'reset' | 'invite';
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  hits: number;
}

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

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: string | null;
  created_at: string;
}

export interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  user_tokens: UserTokensTable;
  rate_limits: RateLimitsTable;
  mail_outbox: MailOutboxTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingsTable;
}

// Keep Generated importable for later tables with database-made values (none so far).
export type { Generated };
