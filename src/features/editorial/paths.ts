// Addresses of the editorial pages, all built on paths.editItem (web/paths.ts), so every
// editorial page has one URL.
import { paths } from '../../web/paths.ts';

const enc = encodeURIComponent;

export const editorialPaths = {
  dashboard: (locale: string, query = '') => `/${locale}/editorial${query ? `?${query}` : ''}`,
  newItem: (locale: string, type?: string) =>
    `/${locale}/editorial/items/new${type ? `?type=${enc(type)}` : ''}`,
  editItem: paths.editItem,
  deleteItem: (locale: string, slug: string) => `${paths.editItem(locale, slug)}/delete`,
  translate: (locale: string, slug: string) => `${paths.editItem(locale, slug)}/translate`,
  version: (locale: string, slug: string, lang: string) =>
    `${paths.editItem(locale, slug)}/versions/${enc(lang)}`,
  workflow: (locale: string, slug: string, lang: string) =>
    `${paths.editItem(locale, slug)}/versions/${enc(lang)}/workflow`,
  revisions: (locale: string, slug: string, lang: string) =>
    `${paths.editItem(locale, slug)}/versions/${enc(lang)}/revisions`,
  revision: (locale: string, slug: string, lang: string, id: string, against?: 'current') =>
    `${paths.editItem(locale, slug)}/versions/${enc(lang)}/revisions/${enc(id)}${against ? `?against=${against}` : ''}`,
  restoreRevision: (locale: string, slug: string, lang: string, id: string) =>
    `${paths.editItem(locale, slug)}/versions/${enc(lang)}/revisions/${enc(id)}/restore`,
  attachments: (locale: string, slug: string) => `${paths.editItem(locale, slug)}/attachments`,
  deleteAttachment: (locale: string, slug: string, id: string) =>
    `${paths.editItem(locale, slug)}/attachments/${enc(id)}/delete`,
  /** The public download, linked from the item page. */
  download: (locale: string, slug: string, id: string) =>
    `${paths.item(locale, slug)}/attachments/${enc(id)}`,
} as const;
