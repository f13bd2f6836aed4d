// Scheduled housekeeping, run by every process (each job is idempotent, so several processes on
// one PostgreSQL database do no harm): the support-request retention period, expired sessions,
// old rate-limit windows, and compacting the search index.
import type { Deps } from './deps.ts';
import { DAY, HOUR, iso } from './lib/clock.ts';
import { deleteExpiredSessions } from './features/auth/repository.ts';
import { pruneRateLimits } from './features/rate-limits/service.ts';
import { applyRetention } from './features/support/service.ts';
import { searchEngine } from './features/search/repository.ts';

export async function runHousekeeping(deps: Deps): Promise<{ supportRequestsDeleted: number }> {
  const supportRequestsDeleted = await applyRetention(deps);
  await deleteExpiredSessions(deps.db, iso(deps.clock.now()));
  await pruneRateLimits(deps, DAY);
  await searchEngine(deps.dialect).compact(deps.db);
  return { supportRequestsDeleted };
}

export interface Jobs {
  stop(): Promise<void>;
}

export function startJobs(deps: Deps, intervalMs = HOUR): Jobs {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runHousekeeping(deps)
      .catch((err: unknown) => deps.logger.error({ err }, 'housekeeping failed'))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
