// Fixed-window counters kept in the database, so limits hold across several processes.
import { sql } from 'kysely';
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';

export interface Limit {
  /** Hits allowed per window. */
  max: number;
  windowMs: number;
}

export interface LimitState {
  allowed: boolean;
  hits: number;
  retryAfterMs: number;
}

function windowOf(now: Date, windowMs: number): { start: string; endsInMs: number } {
  const startMs = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start: iso(new Date(startMs)), endsInMs: startMs + windowMs - now.getTime() };
}

/** Count one hit against `key` and say whether it is still within the limit. */
export async function hit(deps: Pick<Deps, 'db' | 'clock'>, key: string, limit: Limit): Promise<LimitState> {
  const { start, endsInMs } = windowOf(deps.clock.now(), limit.windowMs);
  const row = await deps.db
    .insertInto('rate_limits')
    .values({ key, window_start: start, hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limits.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  const hits = Number(row.hits);
  return { allowed: hits <= limit.max, hits, retryAfterMs: hits <= limit.max ? 0 : endsInMs };
}

/** Look at a counter without counting. */
export async function peek(deps: Pick<Deps, 'db' | 'clock'>, key: string, limit: Limit): Promise<LimitState> {
  const { start, endsInMs } = windowOf(deps.clock.now(), limit.windowMs);
  const row = await deps.db
    .selectFrom('rate_limits')
    .select('hits')
    .where('key', '=', key)
    .where('window_start', '=', start)
    .executeTakeFirst();
  const hits = Number(row?.hits ?? 0);
  return { allowed: hits < limit.max, hits, retryAfterMs: hits < limit.max ? 0 : endsInMs };
}

export async function pruneRateLimits(deps: Pick<Deps, 'db' | 'clock'>, olderThanMs: number): Promise<void> {
  await deps.db
    .deleteFrom('rate_limits')
    .where('window_start', '<', iso(new Date(deps.clock.now().getTime() - olderThanMs)))
    .execute();
}
