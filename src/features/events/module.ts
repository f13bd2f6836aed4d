// The events page, the iCalendar feeds, and the events API.
import { defineModule } from '../../kernel/module.ts';
import { eventPaths } from './paths.ts';
import { eventApiRoutes } from './api.ts';
import * as messages from './messages.ts';
import { eventRoutes } from './routes.ts';

export const eventsModule = defineModule({
  name: 'events',
  pages: eventRoutes,
  api: eventApiRoutes,
  messages,
  nav: { section: 'events', order: 40, label: 'nav.events', path: eventPaths.events },
  apiTags: [{ name: 'Events', description: 'Meetings and events, upcoming and past.' }],
  sitemap: { pages: [eventPaths.events] },
});
