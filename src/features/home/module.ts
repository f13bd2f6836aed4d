// The front page and the language redirect at "/".
import { defineModule } from '../../kernel/module.ts';
import { shellPaths } from '../../web/paths.ts';
import * as messages from './messages.ts';
import { homeRootRoutes, homeRoutes } from './routes.ts';

export const homeModule = defineModule({
  name: 'home',
  pages: homeRoutes,
  root: homeRootRoutes,
  messages,
  sitemap: { pages: [shellPaths.home] },
});
