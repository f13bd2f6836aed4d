// Sign-in and sign-out, sessions, password reset and invitations.
import { defineModule } from '../../kernel/module.ts';
import * as messages from './messages.ts';
import { deleteExpiredSessions } from './service.ts';
import { authRoutes } from './routes.ts';

export const authModule = defineModule({
  name: 'auth',
  pages: authRoutes,
  messages,
  housekeeping: [
    {
      name: 'expired sessions',
      run: (deps) => deleteExpiredSessions(deps),
    },
  ],
});
