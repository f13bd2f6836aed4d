// Full-text search behind one interface, with the two implementations DESIGN.md allows to differ:
// SQLite FTS5 (repository-sqlite.ts) and PostgreSQL tsvector (repository-postgres.ts). Both index
// text normalised in JS (normaliseForSearch) and build their query from searchTerms(), so user
// input never reaches MATCH or to_tsquery unquoted. The engine is chosen once, in deps.ts
// (`deps.search`); the order both answer in is domain/ranking.ts.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { DialectName } from '../../db/dialect.ts';
import type { SearchHit, SearchQuery } from './domain/ranking.ts';
import { postgresSearch } from './repository-postgres.ts';
import { sqliteSearch } from './repository-sqlite.ts';

export type { SearchHit, SearchQuery };

/** The text of one language version, as the index keeps it. */
export interface SearchDocument {
  itemId: string;
  lang: string;
  title: string;
  content: string;
}

export interface SearchEngine {
  /** Replace the indexed text of one language version. */
  put(db: Kysely<DB>, doc: SearchDocument): Promise<void>;
  /**
   * Index many language versions that have no entry yet, in a few statements (bulk loading: the
   * synthetic content of benchmarks). Unlike put, it does not look for an entry to replace.
   */
  putMany(db: Kysely<DB>, docs: readonly SearchDocument[]): Promise<void>;
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

/** The engine of a dialect (called once, by deps.ts). */
export function searchEngine(dialect: DialectName): SearchEngine {
  return dialect === 'sqlite' ? sqliteSearch : postgresSearch;
}
