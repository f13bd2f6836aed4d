// The support ladder: the request form, the editors' inbox, and the retention of requests.
import { defineModule } from '../../kernel/module.ts';
import { supportPaths } from './paths.ts';
import * as messages from './messages.ts';
import { supportRoutes } from './routes.ts';
import { applyRetention } from './service.ts';

export const supportModule = defineModule({
  name: 'support',
  pages: supportRoutes,
  messages,
  nav: { section: 'support', order: 60, label: 'nav.support', path: supportPaths.support },
  sitemap: { pages: [supportPaths.support] },
  housekeeping: [
    {
      name: 'support-request retention',
      run: async (deps) =>
        `${await applyRetention(deps)} support requests past their retention period deleted.`,
    },
  ],
});
