// The types of content record. Every record is an item (versions, workflow, revisions, search,
// audit); the library lists the ITEM_TYPES, and items of DOSSIER_TYPE are taskforce dossiers
// with pages of their own. Codes are stored; labels come from the catalogs (`type.*`).

export const ITEM_TYPES = [
  'programme',
  'policy',
  'tool',
  'report',
  'monitoring',
  'news',
  'meeting',
  'event',
  'eu_project',
] as const;
/** A type the library lists (and the editorial pages create). */
export type ItemType = (typeof ITEM_TYPES)[number];

/** Taskforce dossiers are items too: search finds them, and their pages live under /taskforces. */
export const DOSSIER_TYPE = 'taskforce';
export type DossierType = typeof DOSSIER_TYPE;

/** Every type an item record may have, in reading order (the library's types, then dossiers). */
export const CONTENT_TYPES = [...ITEM_TYPES, DOSSIER_TYPE] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export function isDossier(type: string | null | undefined): boolean {
  return type === DOSSIER_TYPE;
}

export function isItemType(type: unknown): type is ItemType {
  return typeof type === 'string' && (ITEM_TYPES as readonly string[]).includes(type);
}
