// SQLite FTS5: unicode61 with diacritics removed; each term is quoted, matched whole, then as a prefix.
import { sql } from 'kysely';
import { normaliseForSearch } from '../../lib/text.ts';
import { RANKED_CANDIDATES, wholeWordsFirst } from './domain/ranking.ts';
import type { SearchEngine } from './repository.ts';

/** A MATCH expression from terms that contain only letters and digits: "beta"* AND "model"*. */
export function ftsMatch(terms: string[], prefix = true): string {
  return terms.map((t) => `"${t.replace(/"/g, '')}"${prefix ? '*' : ''}`).join(' AND ');
}

type Db = Parameters<SearchEngine['query']>[0];
type Row = { item_id: string; lang: string; rank: number };

/** The best `limit` matches among the newest RANKED_CANDIDATES (recently published first). */
async function ranked(db: Db, match: string, limit: number): Promise<Row[]> {
  // Walking the matches newest first lets FTS5 stop after RANKED_CANDIDATES rows; they are scored
  // on the way (title matches weigh five times the body; lower bm25 is better) and sorted here.
  const rows = await sql<Row>`
    select item_id, lang, bm25(item_search, 0, 0, 5.0, 1.0) as rank
    from item_search where item_search match ${match}
    order by rowid desc limit ${RANKED_CANDIDATES}`.execute(db);
  return rows.rows.sort((a, b) => a.rank - b.rank).slice(0, limit);
}

/** The newest RANKED_CANDIDATES matches, unscored. */
async function newest(db: Db, match: string): Promise<{ item_id: string; lang: string }[]> {
  const rows = await sql<{ item_id: string; lang: string }>`
    select item_id, lang from item_search where item_search match ${match}
    order by rowid desc limit ${RANKED_CANDIDATES}`.execute(db);
  return rows.rows;
}

export const sqliteSearch: SearchEngine = {
  async put(db, doc) {
    await sql`delete from item_search where item_id = ${doc.itemId} and lang = ${doc.lang}`.execute(db);
    await sql`insert into item_search (item_id, lang, title, content) values (${doc.itemId}, ${doc.lang}, ${normaliseForSearch(doc.title)}, ${normaliseForSearch(doc.content)})`.execute(
      db,
    );
  },
  async putMany(db, docs) {
    for (let i = 0; i < docs.length; i += 300) {
      const rows = docs
        .slice(i, i + 300)
        .map(
          (d) =>
            sql`(${d.itemId}, ${d.lang}, ${normaliseForSearch(d.title)}, ${normaliseForSearch(d.content)})`,
        );
      await sql`insert into item_search (item_id, lang, title, content) values ${sql.join(rows)}`.execute(db);
    }
  },
  async remove(db, itemId, lang) {
    if (lang) await sql`delete from item_search where item_id = ${itemId} and lang = ${lang}`.execute(db);
    else await sql`delete from item_search where item_id = ${itemId}`.execute(db);
  },
  async compact(db) {
    // Every write adds a small segment that FTS5 merges only now and then; one merged segment
    // makes every query cheaper. Costs about 0.3 s at 100,000 items, next to nothing when merged.
    await sql`insert into item_search (item_search) values ('optimize')`.execute(db);
  },
  async query(db, { terms, limit }) {
    if (terms.length === 0) return [];
    // Whole words first, ranked: FTS5 reads the doclists of exact terms lazily. When they give
    // fewer than a full set of candidates (a word still being typed), the words the terms begin
    // follow, newest first. They are not scored: bm25 of a prefix merges the doclist of every
    // word it begins, which costs more than the rest of the page.
    const exact = (await ranked(db, ftsMatch(terms, false), limit)).map((r) => ({
      itemId: r.item_id,
      lang: r.lang,
      rank: -Number(r.rank),
    }));
    return wholeWordsFirst(limit, exact, async () =>
      (await newest(db, ftsMatch(terms, true))).map((r) => ({ itemId: r.item_id, lang: r.lang })),
    );
  },
};
