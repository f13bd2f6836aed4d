// Scheduled housekeeping, run by every process (each job is idempotent, so several processes on
// one PostgreSQL database do no harm): every module's `housekeeping` jobs (src/modules.ts), such as
// the support-request retention period, expired sessions, old rate-limit windows and compacting
// the search index.
import type { Deps } from './deps.ts';
import { HOUR } from './lib/clock.ts';
import { modules } from './modules.ts';

/** Run every module's housekeeping once; returns the sentences the jobs report (for the CLI). */
export async function runHousekeeping(deps: Deps): Promise<string[]> {
  const reports: string[] = [];
  for (const m of modules) {
    for (const job of m.housekeeping ?? []) {
      const report = await job.run(deps);
      if (report) reports.push(report);
    }
  }
  return reports;
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
