// The search API of DESIGN.md: {"items":[{"type","slug","title","url","snippet"}],"total"}.
// Any input is accepted; only letters and digits reach the index (searchTerms), so odd or empty
// queries give an empty result, never an error. Snippets are plain text.
import type { Static } from 'typebox';
import type { Deps } from '../../deps.ts';
import { normaliseForSearch, searchTerms, stripMarkdown, teaser } from '../../lib/text.ts';
import { summaries } from '../items/read.ts';
import { searchEngine } from '../search/engine.ts';
import { itemPath } from './item-path.ts';
import { liveTexts, publicListed } from './repository.ts';
import { absolute } from './results.ts';
import type { SearchResultSchema } from './schema.ts';

const CANDIDATES = 500;
const SNIPPET_WORDS = 28;

/** Plain text around the first word that starts with a search term; the summary otherwise. */
export function plainSnippet(summary: string, body: string, terms: string[]): string {
  const words = `${summary} ${stripMarkdown(body)}`.split(/\s+/).filter(Boolean);
  const index = words.findIndex((w) => {
    const n = normaliseForSearch(w);
    return terms.some((t) => n.split(' ').some((part) => part.startsWith(t)));
  });
  if (index < 0) return teaser(summary || words.join(' '), 200);
  const start = Math.max(0, index - 8);
  const window = words.slice(start, start + SNIPPET_WORDS).join(' ');
  const cut = start + SNIPPET_WORDS < words.length;
  return `${start > 0 ? '… ' : ''}${window}${cut ? ' …' : ''}`;
}

export async function searchItems(deps: Deps, input: { q?: string; locale?: string; limit?: number }): Promise<Static<typeof SearchResultSchema>> {
  const locale = input.locale ?? 'en';
  const terms = searchTerms((input.q ?? '').slice(0, 500));
  if (terms.length === 0) return { items: [], total: 0 };
  const hits = await searchEngine(deps.dialect).query(deps.db, { terms, limit: CANDIDATES });
  // Best-ranked language version first; one result per item.
  const ranked = [...new Set(hits.map((h) => h.itemId))];
  const visible = await publicListed(deps.db, ranked);
  const pageIds = visible.slice(0, input.limit ?? 20);
  const [found, texts] = await Promise.all([summaries(deps.db, pageIds, locale), liveTexts(deps.db, pageIds)]);
  return {
    items: found.map((s) => {
      const text = texts.get(`${s.id}|${s.lang}`) ?? { summary: s.summary, body: '' };
      return { type: s.type, slug: s.slug, title: s.title, url: absolute(deps, itemPath(locale, s.type, s.slug)), snippet: plainSnippet(text.summary, text.body, terms) };
    }),
    total: visible.length,
  };
}
