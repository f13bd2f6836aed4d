// Taskforce dossiers: the overview, dossier pages with their timeline, the editors' pages, and the
// taskforce API.
import { defineModule } from '../../kernel/module.ts';
import { taskforcePaths } from './paths.ts';
import { taskforceApiRoutes } from './api.ts';
import * as messages from './messages.ts';
import { taskforceRoutes } from './routes.ts';

export const taskforcesModule = defineModule({
  name: 'taskforces',
  pages: taskforceRoutes,
  api: taskforceApiRoutes,
  messages,
  nav: { section: 'taskforces', order: 20, label: 'nav.taskforces', path: taskforcePaths.taskforces },
  apiTags: [{ name: 'taskforces', description: 'Taskforce dossiers with their status and timeline.' }],
  sitemap: { pages: [taskforcePaths.taskforces] },
});
