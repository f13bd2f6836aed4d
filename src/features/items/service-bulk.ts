// Bulk loading of generated content (\`helix seed --synthetic N\`, the benchmark's 100,000 items):
// rows written as they are, batch by batch, each batch in one transaction with its search entries
// (SearchEngine.putMany); afterwards one new content version, a compacted search index and fresh
// planner statistics. No revisions and no audit: this is test data, not editorial work.
import type { Deps } from '../../deps.ts';
import { bumpContentVersion } from '../../kernel/content-version.ts';
import { iso } from '../../lib/clock.ts';
import type { SearchDocument } from '../search/service.ts';
import { insertItemRows, refreshStatistics, type ItemRows } from './repository-bulk.ts';

export type { ItemRows };

export async function loadItemBatch(
  deps: Pick<Deps, 'db' | 'search'>,
  rows: ItemRows,
  docs: SearchDocument[],
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await insertItemRows(trx, rows);
    await deps.search.putMany(trx, docs);
  });
}

export async function finishBulkLoad(deps: Pick<Deps, 'db' | 'search' | 'clock'>): Promise<void> {
  await bumpContentVersion(deps.db, iso(deps.clock.now()));
  // A bulk load leaves the search index in many pieces; merge them as housekeeping would.
  await deps.search.compact(deps.db);
  await refreshStatistics(deps.db);
}
