// The content-version stamp: one random token in app_settings that changes, inside the same
// transaction, with every change to published content (items, their links and versions, dossier
// details, organisation records). Every in-memory read model — the facet index, cached search
// answers, the events feed — is keyed by it, so a change made through any process is seen by all
// of them on their next request. Services and repositories that change content call
// bumpContentVersion(); read models call readContentVersion() once per request.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { randomToken } from '../lib/tokens.ts';
import { getSetting, putSetting } from './repository-settings.ts';

/** The key in app_settings (named before the stamp covered more than the library). */
export const CONTENT_VERSION_KEY = 'library_version';

/** Record that content changed; every process rebuilds its read models on its next request. */
export async function bumpContentVersion(db: Kysely<DB>, now: string): Promise<void> {
  await putSetting(db, CONTENT_VERSION_KEY, randomToken(12), now);
}

/** The current stamp ('initial' before the first change). */
export async function readContentVersion(db: Kysely<DB>): Promise<string> {
  return (await getSetting(db, CONTENT_VERSION_KEY)) ?? 'initial';
}
