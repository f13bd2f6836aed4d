// The members directory with the map of Europe, and the members API.
import { defineModule } from '../../kernel/module.ts';
import { memberPaths } from './paths.ts';
import { memberApiRoutes } from './api.ts';
import * as messages from './messages.ts';
import { membersRoutes } from './routes.ts';

export const membersModule = defineModule({
  name: 'members',
  pages: membersRoutes,
  api: memberApiRoutes,
  messages,
  nav: { section: 'members', order: 30, label: 'nav.members', path: memberPaths.members },
  sitemap: { pages: [memberPaths.members] },
});
