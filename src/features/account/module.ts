// The signed-in user's own page: details, devices, password.
import { defineModule } from '../../kernel/module.ts';
import * as messages from './messages.ts';
import { accountRoutes } from './routes.ts';

export const accountModule = defineModule({ name: 'account', pages: accountRoutes, messages });
