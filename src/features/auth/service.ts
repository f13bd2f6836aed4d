// Sign-in, sessions, password reset and invitations. Expected outcomes are returned as values;
// only faults are thrown.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { addMs, DAY, HOUR, iso, MINUTE } from '../../lib/clock.ts';
import { randomToken, sha256 } from '../../lib/tokens.ts';
import { translator, isLocale, DEFAULT_LOCALE } from '../../i18n/index.ts';
import { recordAudit } from '../audit/service.ts';
import { queueMail } from '../mail/service.ts';
import { hit, peek } from '../rate-limits/service.ts';
import {
  normaliseEmail,
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
  withoutSecret,
  type User,
} from '../users/service.ts';
import * as repo from './repository.ts';
import type { CurrentSession, Role } from '../../kernel/identity.ts';
import { absoluteUrl } from '../../kernel/paths.ts';
import { authPaths } from './paths.ts';

export const SESSION_IDLE_MS = 14 * DAY;
export const SESSION_MAX_MS = 90 * DAY;
const SESSION_TOUCH_MS = 10 * MINUTE;
export const RESET_TOKEN_MS = HOUR;
export const INVITE_TOKEN_MS = 7 * DAY;

/** Failed sign-ins allowed per account and per address in a 15-minute window. */
export const SIGN_IN_LIMITS = {
  account: { max: 5, windowMs: 15 * MINUTE },
  address: { max: 20, windowMs: 15 * MINUTE },
} as const;

// Verifying against this keeps the time of a sign-in for an unknown account close to a known one.
let dummyHash: Promise<string> | null = null;

export type SignInResult =
  | { ok: true; user: User; sessionToken: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

export async function signIn(
  deps: Deps,
  input: {
    email: string;
    password: string;
    ip: string;
    userAgent: string | null;
    previousSessionId: string | null;
  },
): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const accountKey = `signin:account:${sha256(email)}`;
  const addressKey = `signin:address:${input.ip}`;
  for (const [key, limit] of [
    [accountKey, SIGN_IN_LIMITS.account],
    [addressKey, SIGN_IN_LIMITS.address],
  ] as const) {
    const state = await peek(deps, key, limit);
    if (!state.allowed) return { ok: false, reason: 'throttled', retryAfterMs: state.retryAfterMs };
  }
  const user = await findUserByEmail(deps.db, email);
  dummyHash ??= deps.passwords.hash(randomToken());
  const valid =
    user && user.status === 'active' && user.passwordHash
      ? await deps.passwords.verify(user.passwordHash, input.password)
      : (await deps.passwords.verify(await dummyHash, input.password), false);
  if (!valid || !user) {
    await hit(deps, accountKey, SIGN_IN_LIMITS.account);
    await hit(deps, addressKey, SIGN_IN_LIMITS.address);
    return { ok: false, reason: 'invalid' };
  }
  const sessionToken = randomToken();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    // A fresh session id at every sign-in; any session the browser carried before is ended.
    if (input.previousSessionId) await repo.deleteSession(trx, input.previousSessionId);
    await repo.insertSession(trx, {
      id: sha256(sessionToken),
      userId: user.id,
      now: iso(now),
      expiresAt: iso(addMs(now, SESSION_IDLE_MS)),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await updateUser(trx, user.id, { lastLoginAt: iso(now) }, iso(now));
    await recordAudit(deps, trx, {
      actorId: user.id,
      action: 'auth.sign_in',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  return { ok: true, user: withoutSecret(user), sessionToken };
}

export type { CurrentSession };

/** Resolve a session cookie to its user; slides the idle expiry at most every few minutes. */
export async function resumeSession(deps: Deps, token: string): Promise<CurrentSession | null> {
  if (token.length < 20 || token.length > 100) return null;
  const id = sha256(token);
  const now = deps.clock.now();
  const session = await repo.findLiveSession(deps.db, id, iso(now));
  if (!session) return null;
  const user = await findUserById(deps.db, session.userId);
  if (!user || user.status !== 'active') return null;
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > SESSION_TOUCH_MS) {
    const cap = new Date(session.createdAt).getTime() + SESSION_MAX_MS;
    const expires = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, cap));
    await repo.touchSession(deps.db, id, iso(now), iso(expires));
  }
  return { sessionId: id, user: withoutSecret(user) };
}

export async function signOut(deps: Deps, session: CurrentSession): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, session.sessionId);
    await recordAudit(deps, trx, {
      actorId: session.user.id,
      action: 'auth.sign_out',
      subjectType: 'user',
      subjectId: session.user.id,
    });
  });
}

export async function signOutEverywhere(deps: Deps, userId: string, actorId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteUserSessions(trx, userId);
    await recordAudit(deps, trx, {
      actorId,
      action: 'auth.sign_out_everywhere',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}

/** End every session of a user (inside the caller's transaction): an account that is disabled. */
export async function endSessionsOf(db: Kysely<DB>, userId: string): Promise<void> {
  await repo.deleteUserSessions(db, userId);
}

/** Housekeeping: forget sessions past their expiry. */
export async function deleteExpiredSessions(deps: Pick<Deps, 'db' | 'clock'>): Promise<void> {
  await repo.deleteExpiredSessions(deps.db, iso(deps.clock.now()));
}

export async function countSessions(deps: Deps, userId: string): Promise<number> {
  return repo.countUserSessions(deps.db, userId, iso(deps.clock.now()));
}

function mailLocale(locale: string) {
  return translator(isLocale(locale) ? locale : DEFAULT_LOCALE);
}

/** Always "ok" to the caller, so the form never reveals whether an account exists. */
export async function requestPasswordReset(
  deps: Deps,
  input: { email: string; ip: string },
): Promise<{ ok: true } | { ok: false; reason: 'throttled'; retryAfterMs: number }> {
  const limit = await hit(deps, `reset:address:${input.ip}`, { max: 10, windowMs: HOUR });
  if (!limit.allowed) return { ok: false, reason: 'throttled', retryAfterMs: limit.retryAfterMs };
  const user = await findUserByEmail(deps.db, input.email);
  if (!user || user.status !== 'active') return { ok: true };
  const perAccount = await hit(deps, `reset:account:${user.id}`, { max: 3, windowMs: HOUR });
  if (!perAccount.allowed) return { ok: true };
  const token = randomToken();
  const now = deps.clock.now();
  const tr = mailLocale(user.locale);
  await deps.db.transaction().execute(async (trx) => {
    await repo.revokeUserTokens(trx, user.id, 'reset', iso(now));
    await repo.insertToken(trx, {
      id: deps.newId(),
      userId: user.id,
      purpose: 'reset',
      tokenHash: sha256(token),
      now: iso(now),
      expiresAt: iso(addMs(now, RESET_TOKEN_MS)),
    });
    const link = absoluteUrl(deps.config.baseUrl, authPaths.reset(tr.locale, token));
    await queueMail(deps, trx, {
      to: user.email,
      subject: tr.t('mail.reset.subject'),
      text: `${tr.t('mail.reset.body', { email: user.email, link })}\n\n— ${tr.t('mail.signature')}`,
    });
    await recordAudit(deps, trx, {
      actorId: null,
      action: 'auth.reset_requested',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  return { ok: true };
}

export async function checkToken(
  deps: Deps,
  token: string,
  purpose: 'reset' | 'invite',
): Promise<{ id: string; user: User } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const found = await repo.findValidToken(deps.db, sha256(token), purpose, iso(deps.clock.now()));
  if (!found) return null;
  const user = await findUserById(deps.db, found.userId);
  if (!user || user.status === 'disabled') return null;
  return { id: found.id, user: withoutSecret(user) };
}

export async function resetPassword(
  deps: Deps,
  input: { token: string; password: string },
): Promise<{ ok: true } | { ok: false; reason: 'invalid_token' }> {
  const found = await checkToken(deps, input.token, 'reset');
  if (!found) return { ok: false, reason: 'invalid_token' };
  const passwordHash = await deps.passwords.hash(input.password);
  const now = iso(deps.clock.now());
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.consumeToken(trx, found.id, now)))
      return { ok: false as const, reason: 'invalid_token' as const };
    await updateUser(trx, found.user.id, { passwordHash }, now);
    await repo.deleteUserSessions(trx, found.user.id);
    await recordAudit(deps, trx, {
      actorId: found.user.id,
      action: 'auth.password_reset',
      subjectType: 'user',
      subjectId: found.user.id,
    });
    return { ok: true as const };
  });
}

export async function changePassword(
  deps: Deps,
  session: CurrentSession,
  input: { current: string; password: string },
): Promise<{ ok: true } | { ok: false; reason: 'wrong_password' }> {
  const user = await findUserById(deps.db, session.user.id);
  if (!user?.passwordHash || !(await deps.passwords.verify(user.passwordHash, input.current)))
    return { ok: false, reason: 'wrong_password' };
  const passwordHash = await deps.passwords.hash(input.password);
  const now = iso(deps.clock.now());
  await deps.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { passwordHash }, now);
    await repo.deleteUserSessions(trx, user.id, session.sessionId);
    await recordAudit(deps, trx, {
      actorId: user.id,
      action: 'auth.password_changed',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  return { ok: true };
}

export interface InviteInput {
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  locale: string;
}

export async function inviteUser(
  deps: Deps,
  actorId: string,
  input: InviteInput,
): Promise<{ ok: true; userId: string } | { ok: false; reason: 'exists' }> {
  if (await findUserByEmail(deps.db, input.email)) return { ok: false, reason: 'exists' };
  const token = randomToken();
  const now = deps.clock.now();
  const userId = deps.newId();
  const tr = mailLocale(input.locale);
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertUser(trx, {
        id: userId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        status: 'invited',
        organisationId: input.organisationId,
        locale: tr.locale,
        passwordHash: null,
        now: iso(now),
      });
      await repo.insertToken(trx, {
        id: deps.newId(),
        userId,
        purpose: 'invite',
        tokenHash: sha256(token),
        now: iso(now),
        expiresAt: iso(addMs(now, INVITE_TOKEN_MS)),
      });
      const link = absoluteUrl(deps.config.baseUrl, authPaths.invitation(tr.locale, token));
      await queueMail(deps, trx, {
        to: normaliseEmail(input.email),
        subject: tr.t('mail.invite.subject'),
        text: `${tr.t('mail.invite.body', { role: tr.t(`role.${input.role}`), link })}\n\n— ${tr.t('mail.signature')}`,
      });
      await recordAudit(deps, trx, {
        actorId,
        action: 'user.invited',
        subjectType: 'user',
        subjectId: userId,
        details: { role: input.role },
      });
    });
  } catch (error) {
    // Two invitations for one address at the same moment: the unique index lets only one in.
    if (await findUserByEmail(deps.db, input.email)) return { ok: false, reason: 'exists' };
    throw error;
  }
  return { ok: true, userId };
}

export async function acceptInvitation(
  deps: Deps,
  input: { token: string; displayName: string; password: string },
): Promise<{ ok: true; userId: string } | { ok: false; reason: 'invalid_token' }> {
  const found = await checkToken(deps, input.token, 'invite');
  if (!found) return { ok: false, reason: 'invalid_token' };
  const passwordHash = await deps.passwords.hash(input.password);
  const now = iso(deps.clock.now());
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.consumeToken(trx, found.id, now)))
      return { ok: false as const, reason: 'invalid_token' as const };
    await updateUser(
      trx,
      found.user.id,
      { passwordHash, displayName: input.displayName, status: 'active' },
      now,
    );
    await recordAudit(deps, trx, {
      actorId: found.user.id,
      action: 'user.invitation_accepted',
      subjectType: 'user',
      subjectId: found.user.id,
    });
    return { ok: true as const, userId: found.user.id };
  });
}

/** Create an active account directly (CLI bootstrap and demo seed). */
export async function createUser(
  deps: Deps,
  input: {
    email: string;
    password: string;
    role: Role;
    displayName?: string;
    organisationId?: string | null;
    locale?: string;
  },
): Promise<{ ok: true; userId: string } | { ok: false; reason: 'exists' }> {
  if (await findUserByEmail(deps.db, input.email)) return { ok: false, reason: 'exists' };
  const userId = deps.newId();
  const passwordHash = await deps.passwords.hash(input.password);
  const now = iso(deps.clock.now());
  await deps.db.transaction().execute(async (trx) => {
    await insertUser(trx, {
      id: userId,
      email: input.email,
      displayName: input.displayName ?? normaliseEmail(input.email).split('@')[0] ?? input.email,
      role: input.role,
      status: 'active',
      organisationId: input.organisationId ?? null,
      locale: input.locale ?? DEFAULT_LOCALE,
      passwordHash,
      now,
    });
    await recordAudit(deps, trx, {
      actorId: null,
      action: 'user.created',
      subjectType: 'user',
      subjectId: userId,
      details: { role: input.role },
    });
  });
  return { ok: true, userId };
}
