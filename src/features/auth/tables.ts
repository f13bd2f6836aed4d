// The auth module's tables (sessions and single-use tokens (password reset, invitation)), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

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

declare module '../../db/schema.ts' {
  interface DB {
    sessions: SessionsTable;
    user_tokens: UserTokensTable;
  }
}
