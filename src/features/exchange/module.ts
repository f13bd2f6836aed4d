// Export and import of the whole library in the `helix-export` format (JSON API).
import { defineModule } from '../../kernel/module.ts';
import { exchangeApiRoutes } from './api.ts';
import * as messages from './messages.ts';

export const exchangeModule = defineModule({
  name: 'exchange',
  api: exchangeApiRoutes,
  messages,
  apiTags: [{ name: 'Exchange', description: 'Export of the whole library and import of the same format.' }],
});
