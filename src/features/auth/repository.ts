// Sessions and single-use tokens. Only SHA-256 digests of the secrets are stored.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface SessionRow {
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export async function insertSession(
  db: Kysely<DB>,
  s: {
    id: string;
    userId: string;
    now: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

/** The live session with that id, provided its user is active. */
export async function findLiveSession(db: Kysely<DB>, id: string, now: string): Promise<SessionRow | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .where('users.status', '=', 'active')
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        userId: row.user_id,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
      }
    : null;
}

export async function touchSession(
  db: Kysely<DB>,
  id: string,
  now: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Kysely<DB>, userId: string, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}

export async function countUserSessions(db: Kysely<DB>, userId: string, now: string): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export async function insertToken(
  db: Kysely<DB>,
  t: {
    id: string;
    userId: string;
    purpose: 'reset' | 'invite';
    tokenHash: string;
    now: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('user_tokens')
    .values({
      id: t.id,
      user_id: t.userId,
      purpose: t.purpose,
      token_hash: t.tokenHash,
      created_at: t.now,
      expires_at: t.expiresAt,
      used_at: null,
    })
    .execute();
}

export async function findValidToken(
  db: Kysely<DB>,
  tokenHash: string,
  purpose: 'reset' | 'invite',
  now: string,
): Promise<{ id: string; userId: string } | null> {
  const row = await db
    .selectFrom('user_tokens')
    .select(['id', 'user_id'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row ? { id: row.id, userId: row.user_id } : null;
}

/** Use a token once: false when it was used in the meantime (a second tab, a replay). */
export async function consumeToken(db: Kysely<DB>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('user_tokens')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokeUserTokens(
  db: Kysely<DB>,
  userId: string,
  purpose: 'reset' | 'invite',
  now: string,
): Promise<void> {
  await db
    .updateTable('user_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}
