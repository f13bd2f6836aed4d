// The open-data page (what the API, feeds, calendars and exports offer) and the import form.
import { defineModule } from '../../kernel/module.ts';
import { paths } from '../../web/paths.ts';
import * as messages from './messages.ts';
import { openDataRoutes } from './routes.ts';

export const openDataModule = defineModule({
  name: 'open-data',
  pages: openDataRoutes,
  messages,
  footer: [{ order: 10, label: 'site.footer.openData', path: paths.openData }],
  sitemap: { pages: [paths.openData] },
});
