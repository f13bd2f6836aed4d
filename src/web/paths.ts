// The shell's addresses: the pages the frame of every page, the guards and the error pages link
// to (home, sign-in, sign-out, account, administration). The modules that serve them (home, auth,
// account, admin) build the same addresses with these functions.
const enc = encodeURIComponent;

export const shellPaths = {
  home: (locale: string) => `/${locale}/`,
  signIn: (locale: string, next?: string) => `/${locale}/sign-in${next ? `?next=${enc(next)}` : ''}`,
  signOut: (locale: string) => `/${locale}/sign-out`,
  account: (locale: string) => `/${locale}/account`,
  admin: (locale: string) => `/${locale}/admin`,
} as const;

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
