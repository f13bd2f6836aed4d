// Administration: accounts and invitations, the mail outbox, the audit log (administrators only).
import { defineModule } from '../../kernel/module.ts';
import * as messages from './messages.ts';
import { adminRoutes } from './routes.ts';

export const adminModule = defineModule({ name: 'admin', pages: adminRoutes, messages });
