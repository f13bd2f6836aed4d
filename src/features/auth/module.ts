// Sign-in and sign-out, sessions, password reset and invitations.
import { defineModule } from '../../kernel/module.ts';
import { iso } from '../../lib/clock.ts';
import * as messages from './messages.ts';
import { deleteExpiredSessions } from './repository.ts';
import { authRoutes } from './routes.ts';

export const authModule = defineModule({
  name: 'auth',
  pages: authRoutes,
  messages,
  housekeeping: [
    {
      name: 'expired sessions',
      run: async (deps) => void (await deleteExpiredSessions(deps.db, iso(deps.clock.now()))),
    },
  ],
});
