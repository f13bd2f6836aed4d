// Background delivery loop, started by the server. Ticks never overlap; stop() waits for the
// tick in progress so shutdown does not cut a send in half.
import type { Deps } from '../../deps.ts';
import { deliverDueMail } from './service.ts';

export interface Worker {
  stop(): Promise<void>;
  tick(): Promise<void>;
}

export function startMailWorker(deps: Deps, intervalMs = 2000): Worker {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return running ?? undefined;
    running = deliverDueMail(deps)
      .then(() => undefined)
      .catch((err: unknown) => deps.logger.error({ err }, 'mail worker tick failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = deps.mailTransport ? setInterval(() => void tick(), intervalMs) : null;
  timer?.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
