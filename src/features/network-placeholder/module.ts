// The network section announced in the navigation, until the network module replaces this
// placeholder in src/modules.ts (with the same nav section, label and address).
import { defineModule } from '../../kernel/module.ts';
import * as messages from './messages.ts';
import { networkPaths } from './paths.ts';
import { networkPlaceholderRoutes } from './routes.ts';

export const networkPlaceholderModule = defineModule({
  name: 'network-placeholder',
  pages: networkPlaceholderRoutes,
  messages,
  nav: { section: 'network', order: 50, label: 'nav.network', path: networkPaths.network },
});
