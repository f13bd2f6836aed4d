// Country pages and the countries API.
import { defineModule } from '../../kernel/module.ts';
import { countryApiRoutes } from './api.ts';
import * as messages from './messages.ts';
import { countryRoutes } from './routes.ts';
import { countryAddresses } from './service.ts';

export const countriesModule = defineModule({
  name: 'countries',
  pages: countryRoutes,
  api: countryApiRoutes,
  messages,
  sitemap: { records: countryAddresses },
});
