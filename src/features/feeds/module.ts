// Atom feeds of new publications per language, and sitemap.xml with hreflang alternates.
import { defineModule } from '../../kernel/module.ts';
import { paths } from '../../web/paths.ts';
import * as messages from './messages.ts';
import { feedRoutes } from './routes.ts';

const ATOM = 'application/atom+xml';

export const feedsModule = defineModule({
  name: 'feeds',
  root: feedRoutes,
  messages,
  footer: [{ order: 20, label: 'site.footer.feed', path: paths.feed, type: ATOM }],
  alternates: [{ type: ATOM, title: 'site.feedTitle', path: paths.feed }],
});
