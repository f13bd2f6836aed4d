// The order both search engines answer in, kept apart from the engines so that they depend on it
// and not on each other (repository.ts chooses between them). Pure; unit-tested in ranking.test.ts.

export interface SearchHit {
  itemId: string;
  lang: string;
  rank: number;
}

export interface SearchQuery {
  terms: string[];
  /** Candidate limit before visibility and grouping filters. */
  limit: number;
}

/**
 * Ranking every match of a very common term costs time in proportion to the matches (bm25 or
 * ts_rank per row). Both engines therefore rank at most this many candidates: on SQLite the most
 * recently indexed ones (recently published), on PostgreSQL the first the GIN index yields.
 */
export const RANKED_CANDIDATES = 300;

/**
 * Whole-word matches (ranked) first; when they are fewer than a full set of candidates (a word
 * still being typed), the matches of the terms as prefixes follow in the order the engine gives
 * them, ranked below every whole-word match. A version already among the whole-word matches is
 * not repeated; `prefixed` is not even asked when the whole words fill the set.
 */
export async function wholeWordsFirst(
  limit: number,
  exact: SearchHit[],
  prefixed: () => Promise<{ itemId: string; lang: string }[]>,
): Promise<SearchHit[]> {
  if (exact.length >= Math.min(limit, RANKED_CANDIDATES)) return exact;
  const hits = [...exact];
  const seen = new Set(exact.map((h) => `${h.itemId}|${h.lang}`));
  const floor = Math.min(0, ...exact.map((h) => h.rank));
  for (const h of await prefixed()) {
    if (hits.length >= limit) break;
    if (seen.has(`${h.itemId}|${h.lang}`)) continue;
    hits.push({ itemId: h.itemId, lang: h.lang, rank: floor - 1 - hits.length / limit });
  }
  return hits;
}
