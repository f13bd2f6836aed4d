// The Atom feed of new publications in one language: the 50 most recent, each in the reader's
// language or — when there is no version in it — the original language, marked with xml:lang.
import { Feed } from 'feed';
import type { Deps } from '../../deps.ts';
import type { Locale, Translator } from '../../i18n/index.ts';
import { iso } from '../../lib/clock.ts';
import { escapeHtml } from '../../web/html.ts';
import { paths } from '../../web/paths.ts';
import { pickLanguage } from '../../kernel/language.ts';
import { itemPath } from '../../kernel/paths.ts';
import { liveVersionsOf, recentlyPublishedItems, type LiveVersion } from './repository.ts';

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

export async function atomFeed(deps: Deps, locale: Locale, tr: Translator): Promise<string> {
  const base = deps.config.baseUrl;
  const entries = await feedEntries(deps, locale);
  const feed = new Feed({
    id: `${base}${paths.feed(locale)}`,
    title: tr.t('site.feedTitle'),
    description: tr.t('site.tagline'),
    link: `${base}${paths.library(locale)}`,
    language: locale,
    updated: new Date(entries[0]?.publishedAt ?? iso(deps.clock.now())),
    generator: tr.t('site.name'),
    copyright: tr.t('site.footer.about'),
    feedLinks: { atom: `${base}${paths.feed(locale)}` },
    author: { name: tr.t('site.name'), link: `${base}${paths.home(locale)}` },
  });
  for (const e of entries) {
    // The feed package writes titles and summaries as type="html": escaping makes them show as
    // the plain text they are, so markup in a title is displayed, never run.
    feed.addItem({
      title: escapeHtml(e.title),
      id: `${base}${itemPath(locale, e)}`,
      link: `${base}${itemPath(locale, e)}`,
      date: new Date(e.publishedAt),
      published: new Date(e.publishedAt),
      description: escapeHtml(e.summary),
      author: [{ name: e.organisationName ?? tr.t('site.name') }],
    });
  }
  // The package has no per-entry language: add xml:lang to the feed and to each entry, in order.
  let index = 0;
  return feed
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    )
    .replace(/<entry>/g, () => `<entry xml:lang="${entries[index++]?.lang ?? locale}">`);
}
