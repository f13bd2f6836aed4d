// The Atom feed of new publications in one language (service.ts chooses the entries): each entry
// in its own language, marked with xml:lang; titles and summaries escaped, so they show as the plain
// text they are.
import { Feed } from 'feed';
import type { Locale, Translator } from '../../i18n/index.ts';
import { itemPath } from '../../kernel/paths.ts';
import { iso } from '../../lib/clock.ts';
import { escapeHtml } from '../../web/html.ts';
import { feedPaths } from './paths.ts';
import { libraryPaths } from '../library/paths.ts';
import { shellPaths } from '../../web/paths.ts';
import type { LiveVersion } from './service.ts';

export function atomFeed(
  entries: LiveVersion[],
  o: { baseUrl: string; locale: Locale; tr: Translator; now: Date },
): string {
  const { locale, tr } = o;
  const base = o.baseUrl;
  const feed = new Feed({
    id: `${base}${feedPaths.feed(locale)}`,
    title: tr.t('site.feedTitle'),
    description: tr.t('site.tagline'),
    link: `${base}${libraryPaths.library(locale)}`,
    language: locale,
    updated: new Date(entries[0]?.publishedAt ?? iso(o.now)),
    generator: tr.t('site.name'),
    copyright: tr.t('site.footer.about'),
    feedLinks: { atom: `${base}${feedPaths.feed(locale)}` },
    author: { name: tr.t('site.name'), link: `${base}${shellPaths.home(locale)}` },
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
