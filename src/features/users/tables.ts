// The users module's tables (user accounts), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).
import type { Role, UserStatus } from '../../kernel/identity.ts';

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

declare module '../../db/schema.ts' {
  interface DB {
    users: UsersTable;
  }
}
