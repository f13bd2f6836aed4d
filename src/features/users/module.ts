// User records, roles and the platform policy (pages: see auth, account and admin).
import { defineModule } from '../../kernel/module.ts';
import * as messages from './messages.ts';

export const usersModule = defineModule({ name: 'users', messages });
