// What the Atom feed of one language lists: the 50 most recent publications, each in the reader's
// language or — when there is no version in it — the original language (views.ts marks it with
// xml:lang).
import type { Deps } from '../../deps.ts';
import type { Locale } from '../../i18n/index.ts';
import { pickLanguage } from '../../kernel/language.ts';
import { liveVersionsOf, recentlyPublishedItems, type LiveVersion } from './repository.ts';

export type { LiveVersion };

export const FEED_SIZE = 50;
/** Items considered: those with the most recent publications in any language. */
const CANDIDATES = 500;

/** The version each item is shown in, newest publication (of that version) first. */
export async function feedEntries(deps: Deps, locale: Locale): Promise<LiveVersion[]> {
  const ids = await recentlyPublishedItems(deps.db, CANDIDATES);
  const versions = await liveVersionsOf(deps.db, ids);
  const byItem = new Map<string, LiveVersion[]>();
  for (const v of versions) byItem.set(v.itemId, [...(byItem.get(v.itemId) ?? []), v]);
  const chosen = [...byItem.values()].flatMap((list) => {
    const lang = pickLanguage(
      list.map((v) => v.lang),
      locale,
      list[0]!.originalLang,
    );
    const version = list.find((v) => v.lang === lang);
    return version ? [version] : [];
  });
  return chosen
    .sort((a, b) =>
      a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : a.itemId < b.itemId ? 1 : -1,
    )
    .slice(0, FEED_SIZE);
}
