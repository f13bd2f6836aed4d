// The library: faceted listing, search, item pages, CSV export, and the items and search API.
import { defineModule } from '../../kernel/module.ts';
import { libraryPaths } from './paths.ts';
import { libraryApiRoutes } from './api.ts';
import * as messages from './messages.ts';
import { libraryRoutes } from './routes.ts';
import { itemAddresses } from './service.ts';

export const libraryModule = defineModule({
  name: 'library',
  pages: libraryRoutes,
  api: libraryApiRoutes,
  messages,
  nav: {
    section: 'library',
    order: 10,
    label: 'nav.library',
    path: (locale) => libraryPaths.library(locale),
  },
  apiTags: [
    {
      name: 'Library',
      description:
        'Knowledge items: programmes, policies, tools, reports, monitoring instruments, news, meeting reports, events and EU projects.',
    },
    { name: 'Search', description: 'Full-text search across all types and languages.' },
  ],
  sitemap: { pages: [(locale) => libraryPaths.library(locale)], records: itemAddresses },
});
