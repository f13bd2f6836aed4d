// Editorial work: the dashboard and review queue, item and version editors, revisions, attachments.
import { defineModule } from '../../kernel/module.ts';
import * as messages from './messages.ts';
import { editorialRoutes } from './routes.ts';

export const editorialModule = defineModule({ name: 'editorial', pages: editorialRoutes, messages });
