// The search API of DESIGN.md: {"items":[{"type","slug","title","url","snippet"}],"total"}.
// Any input is accepted; only letters and digits reach the index (searchTerms), so odd or empty
// queries give an empty result, never an error. Snippets are the library's, as plain text.
import type { Static } from 'typebox';
import type { Deps } from '../../deps.ts';
import { searchTerms, stripMarkdown } from '../../lib/text.ts';
import { liveTexts, textKey } from '../items/repository-read.ts';
import { snippetText } from './domain/snippet.ts';
import { summaries } from '../items/service-read.ts';
import { searchMatches } from './service.ts';
import { emptyFilter } from '../items/domain/facets.ts';
import { itemPath } from '../../kernel/paths.ts';
import { absolute } from '../../kernel/results.ts';
import type { SearchResultSchema } from '../../web/api/schemas.ts';

export async function searchItems(
  deps: Deps,
  input: { q?: string; locale?: string; limit?: number },
): Promise<Static<typeof SearchResultSchema>> {
  const locale = input.locale ?? 'en';
  const terms = searchTerms((input.q ?? '').slice(0, 500));
  if (terms.length === 0) return { items: [], total: 0 };
  // The library's search: one result per item, best first, published and public only.
  const { ids: visible } = await searchMatches(deps, terms, emptyFilter());
  const pageIds = visible.slice(0, input.limit ?? 20);
  const found = await summaries(deps.db, pageIds, locale);
  const texts = await liveTexts(
    deps.db,
    found.map((s) => ({ itemId: s.id, lang: s.lang })),
  );
  return {
    items: found.map((s) => {
      const text = texts.get(textKey(s.id, s.lang)) ?? { summary: s.summary, body: '' };
      // The library's snippet, as plain text: the window around the first match.
      return {
        type: s.type,
        slug: s.slug,
        title: s.title,
        url: absolute(deps, itemPath(locale, s)),
        snippet: snippetText(`${text.summary} ${stripMarkdown(text.body)}`, terms),
      };
    }),
    total: visible.length,
  };
}
