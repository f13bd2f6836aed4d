// Full-text search behind one interface, with the two implementations DESIGN.md allows to differ:
// SQLite FTS5 and PostgreSQL tsvector. Both index text normalised in JS (normaliseForSearch) and
// build their query from searchTerms(), so user input never reaches MATCH or to_tsquery unquoted.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { DialectName } from '../../db/dialect.ts';
import { sqliteSearch } from './repository-sqlite.ts';
import { postgresSearch } from './repository-postgres.ts';

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

export interface SearchEngine {
  /** Replace the indexed text of one language version. */
  put(db: Kysely<DB>, doc: { itemId: string; lang: string; title: string; content: string }): Promise<void>;
  /** Remove one language version, or every version of the item when lang is omitted. */
  remove(db: Kysely<DB>, itemId: string, lang?: string): Promise<void>;
  /**
   * Every term must match a word. Whole-word matches come first, best first; when they are fewer
   * than a full set of candidates, items where the terms only begin words follow (a word still
   * being typed).
   */
  query(db: Kysely<DB>, query: SearchQuery): Promise<SearchHit[]>;
  /** Merge the index's incremental parts (housekeeping): queries read fewer, larger pieces. */
  compact(db: Kysely<DB>): Promise<void>;
}

/**
 * Ranking every match of a very common term costs time in proportion to the matches (bm25 or
 * ts_rank per row). Both engines therefore rank at most this many candidates: on SQLite the most
 * recently indexed ones (recently published), on PostgreSQL the first the GIN index yields.
 */
export const RANKED_CANDIDATES = 300;

/**
 * The order both engines answer in: whole-word matches (ranked) first; when they are fewer than a
 * full set of candidates (a word still being typed), the matches of the terms as prefixes follow
 * in the order the engine gives them, ranked below every whole-word match.
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

export function searchEngine(dialect: DialectName): SearchEngine {
  return dialect === 'sqlite' ? sqliteSearch : postgresSearch;
}
