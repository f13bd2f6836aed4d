// Fixed-window rate limits kept in the database (sign-in, password reset, support requests).
import { defineModule } from '../../kernel/module.ts';
import { DAY } from '../../lib/clock.ts';
import { pruneRateLimits } from './service.ts';

export const rateLimitsModule = defineModule({
  name: 'rate-limits',
  housekeeping: [{ name: 'old rate-limit windows', run: (deps) => pruneRateLimits(deps, DAY) }],
});
