// The addresses of content pages, which every module links to: a knowledge item's page in the
// library, or a dossier's page in the taskforce section, chosen by the item's type. The library
// and taskforce modules serve these pages and build their other addresses in their own paths.ts.
import { isDossier } from './content-types.ts';

const enc = encodeURIComponent;

export const contentPaths = {
  /** A knowledge item's page in the library. */
  item: (locale: string, slug: string) => `/${locale}/library/${enc(slug)}`,
  /** A taskforce dossier's page. */
  dossier: (locale: string, slug: string) => `/${locale}/taskforces/${enc(slug)}`,
} as const;

/** The page of any item: the taskforce section's for a dossier, the library's for every other type. */
export function itemPath(locale: string, item: { type: string; slug: string }): string {
  return isDossier(item.type)
    ? contentPaths.dossier(locale, item.slug)
    : contentPaths.item(locale, item.slug);
}

/** An absolute address on this site (BASE_URL has no trailing slash). */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl}${path}`;
}
