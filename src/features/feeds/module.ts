// Atom feeds of new publications per language, and sitemap.xml with hreflang alternates.
import { defineModule } from '../../kernel/module.ts';
import { feedPaths } from './paths.ts';
import * as messages from './messages.ts';
import { feedRoutes } from './routes.ts';

const ATOM = 'application/atom+xml';

export const feedsModule = defineModule({
  name: 'feeds',
  root: feedRoutes,
  messages,
  footer: [{ order: 20, label: 'site.footer.feed', path: feedPaths.feed, type: ATOM }],
  alternates: [{ type: ATOM, title: 'site.feedTitle', path: feedPaths.feed }],
});
