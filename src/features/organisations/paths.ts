// Addresses of the organisation pages: the A–Z directory, one organisation, its merge page.
const enc = encodeURIComponent;

export const organisationPaths = {
  directory: (locale: string, query = '') => `/${locale}/organisations${query ? `?${query}` : ''}`,
  organisation: (locale: string, slug: string) => `/${locale}/organisations/${enc(slug)}`,
  merge: (locale: string, slug: string) => `/${locale}/organisations/${enc(slug)}/merge`,
} as const;
