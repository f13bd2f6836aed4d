// Fixed-window counters kept in the database, so limits hold across several processes.
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import { countHit, deleteWindowsBefore, hitsIn } from './repository.ts';

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
  const hits = await countHit(deps.db, key, start);
  return { allowed: hits <= limit.max, hits, retryAfterMs: hits <= limit.max ? 0 : endsInMs };
}

/** Look at a counter without counting. */
export async function peek(deps: Pick<Deps, 'db' | 'clock'>, key: string, limit: Limit): Promise<LimitState> {
  const { start, endsInMs } = windowOf(deps.clock.now(), limit.windowMs);
  const hits = await hitsIn(deps.db, key, start);
  return { allowed: hits < limit.max, hits, retryAfterMs: hits < limit.max ? 0 : endsInMs };
}

export async function pruneRateLimits(deps: Pick<Deps, 'db' | 'clock'>, olderThanMs: number): Promise<void> {
  await deleteWindowsBefore(deps.db, iso(new Date(deps.clock.now().getTime() - olderThanMs)));
}
