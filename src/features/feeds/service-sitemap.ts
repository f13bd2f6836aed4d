// sitemap.xml: every public page in every language, each with its hreflang alternates (and
// x-default: English). Large sites get a sitemap index over parts, since one sitemap may hold at
// most 50,000 addresses.
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import type { Deps } from '../../deps.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/index.ts';
import type { SitemapContribution, SitemapPage } from '../../kernel/module.ts';

/** Pages per sitemap part: each page is listed once per locale, so 2 × 20,000 addresses. */
export const PAGES_PER_PART = 20_000;

type Page = SitemapPage;

/** The modules' pages: first every module's fixed pages, then the pages of their records, in list order. */
async function allPages(deps: Deps, sources: readonly SitemapContribution[]): Promise<Page[]> {
  const fixed = sources.flatMap((s) => (s.pages ?? []).map((path) => ({ path })));
  const records = await Promise.all(sources.map((s) => (s.records ? s.records(deps) : Promise.resolve([]))));
  return [...fixed, ...records.flat()];
}

function entries(pages: Page[]): SitemapItemLoose[] {
  return pages.flatMap((page) => {
    const links = [
      ...LOCALES.map((l) => ({ lang: l, url: page.path(l) })),
      { lang: 'x-default', url: page.path(DEFAULT_LOCALE) },
    ];
    return LOCALES.map((locale) => ({
      url: page.path(locale),
      links,
      ...(page.lastmod ? { lastmod: page.lastmod } : {}),
    }));
  });
}

async function urlset(deps: Deps, pages: Page[]): Promise<string> {
  const stream = new SitemapStream({
    hostname: deps.config.baseUrl,
    xmlns: { news: false, video: false, image: false, xhtml: true },
  });
  return (await streamToPromise(Readable.from(entries(pages)).pipe(stream))).toString('utf8');
}

/** The sitemap, or an index of its parts when the site is large. */
export async function sitemap(
  deps: Deps,
  sources: readonly SitemapContribution[],
  perPart = PAGES_PER_PART,
): Promise<string> {
  const pages = await allPages(deps, sources);
  if (pages.length <= perPart) return urlset(deps, pages);
  const parts = Math.ceil(pages.length / perPart);
  const index = new SitemapIndexStream();
  const urls = Array.from({ length: parts }, (_, n) => ({
    url: `${deps.config.baseUrl}/sitemap-${n + 1}.xml`,
  }));
  return (await streamToPromise(Readable.from(urls).pipe(index))).toString('utf8');
}

/** One part of a large sitemap (1-based); null when there is no such part. */
export async function sitemapPart(
  deps: Deps,
  sources: readonly SitemapContribution[],
  part: number,
  perPart = PAGES_PER_PART,
): Promise<string | null> {
  const pages = await allPages(deps, sources);
  if (pages.length <= perPart || part < 1 || (part - 1) * perPart >= pages.length) return null;
  return urlset(deps, pages.slice((part - 1) * perPart, part * perPart));
}
