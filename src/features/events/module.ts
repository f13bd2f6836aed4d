// The events page, the iCalendar feeds, and the events API.
import { defineModule } from '../../kernel/module.ts';
import { paths } from '../../web/paths.ts';
import { eventApiRoutes } from './api.ts';
import * as messages from './messages.ts';
import { eventRoutes } from './routes.ts';

export const eventsModule = defineModule({
  name: 'events',
  pages: eventRoutes,
  api: eventApiRoutes,
  messages,
  nav: { section: 'events', order: 40, label: 'nav.events', path: paths.events },
  apiTags: [{ name: 'Events', description: 'Meetings and events, upcoming and past.' }],
  sitemap: { pages: [paths.events] },
});
