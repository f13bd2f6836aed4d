// Ranked hits of repeated searches. Refining a search by facet, paging through it, the live
// search box and popular queries run the same text query again and again; ranking is the costly
// part (bm25 over the candidates, see ranking.ts), and its answer only changes when the index does.
// Entries are keyed by a version the caller guarantees to change with every change to the index
// (the library version, bumped in the same transaction as every put and remove), so a cached
// answer is never older than the data it came from, in this process or any other.
import { LRUCache } from 'lru-cache';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { SearchEngine, SearchHit, SearchQuery } from './repository.ts';

/** Distinct queries remembered per database; each answer holds a few hundred hits at most. */
export const CACHED_QUERIES = 500;

interface Entry {
  version: string;
  answers: LRUCache<string, Promise<readonly SearchHit[]>>;
}

const caches = new WeakMap<object, Entry>();

function cacheFor(db: Kysely<DB>, version: string): Entry['answers'] {
  let entry = caches.get(db);
  if (!entry || entry.version !== version) {
    // A new version makes every remembered answer unusable: drop them at once.
    entry?.answers.clear();
    entry = { version, answers: new LRUCache({ max: CACHED_QUERIES }) };
    caches.set(db, entry);
  }
  return entry.answers;
}

/**
 * The engine's answer to `query` on the index at `version`. Concurrent identical searches share
 * one query; a failed query is not remembered.
 */
export function cachedQuery(
  deps: { db: Kysely<DB>; search: SearchEngine },
  version: string,
  query: SearchQuery,
): Promise<readonly SearchHit[]> {
  const answers = cacheFor(deps.db, version);
  const key = `${query.limit}\u0000${query.terms.join('\u0000')}`;
  const known = answers.get(key);
  if (known) return known;
  const answer = deps.search.query(deps.db, query).then((hits) => Object.freeze(hits));
  answers.set(key, answer);
  answer.catch(() => answers.delete(key));
  return answer;
}
