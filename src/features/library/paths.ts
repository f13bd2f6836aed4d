// Addresses of the library's pages: the listing (with the query string of a library state), an
// item (the kernel's content address), search and the CSV export. An item's attachments are
// served by the editorial module (editorialPaths.download).
import { contentPaths } from '../../kernel/paths.ts';

const enc = encodeURIComponent;
const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export const libraryPaths = {
  library: (locale: string, query = '') => withQuery(`/${locale}/library`, query),
  item: contentPaths.item,
  /** The search page; with `q`, a search for it. */
  search: (locale: string, q = '') => withQuery(`/${locale}/search`, q ? `q=${enc(q)}` : ''),
  /** The search page with a whole query string (q, facets, page). */
  searchWith: (locale: string, query: string) => `/${locale}/search?${query}`,
  csv: (locale: string, query = '') => withQuery(`/${locale}/library.csv`, query),
} as const;
