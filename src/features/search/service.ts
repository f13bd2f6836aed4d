// Search as the other modules use it: the cached ranked answer of a query at a content version
// (the library's search and the search API), and a single uncached query (the editors' picker).
import type { Deps } from '../../deps.ts';
import type { SearchHit, SearchQuery } from './repository.ts';

export { cachedQuery } from './read-model.ts';
export type { SearchDocument, SearchEngine, SearchHit, SearchQuery } from './repository.ts';

/** One ranked query on the index, not cached (for pages where the index may just have changed). */
export function searchOnce(deps: Pick<Deps, 'db' | 'search'>, query: SearchQuery): Promise<SearchHit[]> {
  return deps.search.query(deps.db, query);
}
