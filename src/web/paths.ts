// Canonical addresses of the site's pages and feeds: every link to a page is built here, so each
// page has one URL.
export const paths = {
  home: (locale: string) => `/${locale}/`,
  library: (locale: string, query = '') => `/${locale}/library${query ? `?${query}` : ''}`,
  item: (locale: string, slug: string) => `/${locale}/library/${encodeURIComponent(slug)}`,
  search: (locale: string, q = '') => `/${locale}/search${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  organisation: (locale: string, slug: string) => `/${locale}/organisations/${encodeURIComponent(slug)}`,
  country: (locale: string, slug: string) => `/${locale}/countries/${encodeURIComponent(slug)}`,
  members: (locale: string) => `/${locale}/members`,
  events: (locale: string) => `/${locale}/events`,
  eventsCalendar: (locale: string) => `/${locale}/events.ics`,
  eventCalendar: (locale: string, slug: string) => `/${locale}/events/${encodeURIComponent(slug)}.ics`,
  feed: (locale: string) => `/${locale}/feed.atom`,
  openData: (locale: string) => `/${locale}/open-data`,
  editItem: (locale: string, slug: string) => `/${locale}/editorial/items/${encodeURIComponent(slug)}`,
  taskforces: (locale: string) => `/${locale}/taskforces`,
  support: (locale: string) => `/${locale}/support`,
  taskforce: (locale: string, slug: string) => `/${locale}/taskforces/${encodeURIComponent(slug)}`,
} as const;
