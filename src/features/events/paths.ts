// Addresses of the events page and of the calendar feeds (all events, one event).
export const eventPaths = {
  events: (locale: string) => `/${locale}/events`,
  eventsCalendar: (locale: string) => `/${locale}/events.ics`,
  eventCalendar: (locale: string, slug: string) => `/${locale}/events/${encodeURIComponent(slug)}.ics`,
} as const;
