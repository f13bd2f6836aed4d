// Organisations: the A–Z directory, organisation pages, merges, and the organisations API.
import { defineModule } from '../../kernel/module.ts';
import { organisationApiRoutes } from './api.ts';
import * as messages from './messages.ts';
import { organisationRoutes } from './routes.ts';
import { organisationAddresses } from './service.ts';

export const organisationsModule = defineModule({
  name: 'organisations',
  pages: organisationRoutes,
  api: organisationApiRoutes,
  messages,
  apiTags: [{ name: 'Directory', description: 'Organisations, countries and coalition members.' }],
  sitemap: { records: organisationAddresses },
});
