// The page address of an item: taskforce dossiers (items of type 'taskforce') have pages of their
// own; every other type lives in the library.
import { paths } from '../../web/paths.ts';

export function itemPath(locale: string, type: string, slug: string): string {
  return type === 'taskforce' ? paths.taskforce(locale, slug) : paths.item(locale, slug);
}
