// Addresses of the editorial pages: the dashboard, a new item, and an item's edit page with
// everything under it (versions, workflow, revisions, attachments). Each page has one URL.
import { contentPaths } from '../../kernel/paths.ts';

const enc = encodeURIComponent;

/** The edit page of an item; every other editorial page of the item is below it. */
const editItem = (locale: string, slug: string) => `/${locale}/editorial/items/${enc(slug)}`;

export const editorialPaths = {
  dashboard: (locale: string, query = '') => `/${locale}/editorial${query ? `?${query}` : ''}`,
  newItem: (locale: string, type?: string) =>
    `/${locale}/editorial/items/new${type ? `?type=${enc(type)}` : ''}`,
  editItem,
  deleteItem: (locale: string, slug: string) => `${editItem(locale, slug)}/delete`,
  translate: (locale: string, slug: string) => `${editItem(locale, slug)}/translate`,
  version: (locale: string, slug: string, lang: string) => `${editItem(locale, slug)}/versions/${enc(lang)}`,
  workflow: (locale: string, slug: string, lang: string) =>
    `${editItem(locale, slug)}/versions/${enc(lang)}/workflow`,
  revisions: (locale: string, slug: string, lang: string) =>
    `${editItem(locale, slug)}/versions/${enc(lang)}/revisions`,
  revision: (locale: string, slug: string, lang: string, id: string, against?: 'current') =>
    `${editItem(locale, slug)}/versions/${enc(lang)}/revisions/${enc(id)}${against ? `?against=${against}` : ''}`,
  restoreRevision: (locale: string, slug: string, lang: string, id: string) =>
    `${editItem(locale, slug)}/versions/${enc(lang)}/revisions/${enc(id)}/restore`,
  attachments: (locale: string, slug: string) => `${editItem(locale, slug)}/attachments`,
  deleteAttachment: (locale: string, slug: string, id: string) =>
    `${editItem(locale, slug)}/attachments/${enc(id)}/delete`,
  /** The public download, linked from the item page. */
  download: (locale: string, slug: string, id: string) =>
    `${contentPaths.item(locale, slug)}/attachments/${enc(id)}`,
} as const;
