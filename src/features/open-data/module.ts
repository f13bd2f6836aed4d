// The open-data page (what the API, feeds, calendars and exports offer) and the import form.
import { defineModule } from '../../kernel/module.ts';
import { openDataPaths } from './paths.ts';
import * as messages from './messages.ts';
import { openDataRoutes } from './routes.ts';

export const openDataModule = defineModule({
  name: 'open-data',
  pages: openDataRoutes,
  messages,
  footer: [{ order: 10, label: 'site.footer.openData', path: openDataPaths.openData }],
  sitemap: { pages: [openDataPaths.openData] },
});
