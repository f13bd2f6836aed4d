// Full-text search behind one interface (SQLite FTS5, PostgreSQL tsvector) and its answer cache.
import { defineModule } from '../../kernel/module.ts';

export const searchModule = defineModule({
  name: 'search',
  housekeeping: [{ name: 'search index compaction', run: (deps) => deps.search.compact(deps.db) }],
});
