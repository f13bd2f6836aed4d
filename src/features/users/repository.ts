import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Role, UserStatus } from '../../kernel/identity.ts';
import type { User } from '../../kernel/identity.ts';

export type { User };

export interface UserWithSecret extends User {
  passwordHash: string | null;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function base(db: Kysely<DB>) {
  return db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.role',
      'users.status',
      'users.organisation_id',
      'users.locale',
      'users.created_at',
      'users.last_login_at',
      'users.password_hash',
      'organisations.name as organisation_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function toUser(row: Row): UserWithSecret {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    status: row.status,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    locale: row.locale,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
    passwordHash: row.password_hash,
  };
}

export function withoutSecret(user: UserWithSecret): User {
  const { passwordHash: _omit, ...rest } = user;
  return rest;
}

export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserWithSecret | null> {
  const row = await base(db).where('users.email', '=', normaliseEmail(email)).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserWithSecret | null> {
  const row = await base(db).where('users.id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

export interface NewUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  organisationId: string | null;
  locale: string;
  passwordHash: string | null;
  now: string;
}

export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: normaliseEmail(user.email),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      status: user.status,
      organisation_id: user.organisationId,
      locale: user.locale,
      created_at: user.now,
      updated_at: user.now,
      last_login_at: null,
    })
    .execute();
}

export async function updateUser(
  db: Kysely<DB>,
  id: string,
  changes: Partial<{
    displayName: string;
    role: Role;
    status: UserStatus;
    organisationId: string | null;
    passwordHash: string;
    lastLoginAt: string;
    locale: string;
  }>,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      updated_at: now,
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.organisationId !== undefined ? { organisation_id: changes.organisationId } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      ...(changes.lastLoginAt !== undefined ? { last_login_at: changes.lastLoginAt } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function listUsers(
  db: Kysely<DB>,
  input: { limit: number; offset: number },
): Promise<{ items: User[]; total: number }> {
  const [rows, count] = await Promise.all([
    base(db)
      .orderBy('users.display_name')
      .orderBy('users.id')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => withoutSecret(toUser(r))), total: Number(count.n) };
}

export async function countActiveAdmins(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function anyUser(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Move the users of organisation `fromId` to `intoId` (a merge). */
export async function moveUsersToOrganisation(db: Kysely<DB>, fromId: string, intoId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ organisation_id: intoId })
    .where('organisation_id', '=', fromId)
    .execute();
}
