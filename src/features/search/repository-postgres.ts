// PostgreSQL: a tsvector with the 'simple' configuration over JS-normalised text (so both
// databases agree on accents and case), title weighted A, content D, GIN-indexed.
import { sql } from 'kysely';
import { normaliseForSearch } from '../../lib/text.ts';
import { RANKED_CANDIDATES, wholeWordsFirst } from './domain/ranking.ts';
import type { SearchDocument, SearchEngine } from './repository.ts';

/** A tsquery from letter/digit terms: 'beta':* & 'model':* (terms cannot carry operators). */
export function tsQuery(terms: string[], prefix = true): string {
  return terms.map((t) => `'${t.replace(/'/g, '')}'${prefix ? ':*' : ''}`).join(' & ');
}

type Db = Parameters<SearchEngine['query']>[0];

/** The best `limit` of the first RANKED_CANDIDATES matches the GIN index yields. */
async function ranked(
  db: Db,
  query: string,
  limit: number,
): Promise<{ itemId: string; lang: string; rank: number }[]> {
  const rows = await sql<{ item_id: string; lang: string; rank: number }>`
    select item_id, lang, ts_rank(document, q) as rank
    from (
      select item_id, lang, document, q from item_search, to_tsquery('simple', ${query}) q
      where document @@ q limit ${RANKED_CANDIDATES}
    ) candidates
    order by rank desc limit ${limit}`.execute(db);
  return rows.rows.map((r) => ({ itemId: r.item_id, lang: r.lang, rank: Number(r.rank) }));
}

/** The indexed row of a document: normalised text, the title weighted A and the content D. */
function row(doc: SearchDocument) {
  const title = normaliseForSearch(doc.title);
  const content = normaliseForSearch(doc.content);
  return sql`(${doc.itemId}, ${doc.lang}, ${title}, ${content},
    setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${content}), 'D'))`;
}

export const postgresSearch: SearchEngine = {
  async put(db, doc) {
    await sql`
      insert into item_search (item_id, lang, title, content, document) values ${row(doc)}
      on conflict (item_id, lang) do update set title = excluded.title, content = excluded.content, document = excluded.document`.execute(
      db,
    );
  },
  async putMany(db, docs) {
    for (let i = 0; i < docs.length; i += 300) {
      const rows = sql.join(docs.slice(i, i + 300).map(row));
      await sql`insert into item_search (item_id, lang, title, content, document) values ${rows}`.execute(db);
    }
  },
  async remove(db, itemId, lang) {
    if (lang) await sql`delete from item_search where item_id = ${itemId} and lang = ${lang}`.execute(db);
    else await sql`delete from item_search where item_id = ${itemId}`.execute(db);
  },
  async compact(db) {
    // Move entries waiting in the GIN index's pending list into the index proper.
    await sql`select gin_clean_pending_list('item_search_document_idx'::regclass)`.execute(db);
  },
  async query(db, { terms, limit }) {
    if (terms.length === 0) return [];
    // As on SQLite: whole words first; when they give fewer than a full set of candidates (a word
    // still being typed), the words the terms begin follow, ranked among themselves (wholeWordsFirst).
    return wholeWordsFirst(limit, await ranked(db, tsQuery(terms, false), limit), () =>
      ranked(db, tsQuery(terms, true), limit),
    );
  },
};
