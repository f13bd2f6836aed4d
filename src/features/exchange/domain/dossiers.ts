// The `dossier` objects of an import, checked before anything is written (pure): only on items of
// type "taskforce"; predecessor and successor are other dossiers, a timeline names items that are
// not dossiers, each item once, and a milestone has a title. The same rules as the taskforce
// service's; references are to items of the file or to stored items (`existing`).
import { DOSSIER_TYPE } from '../../../kernel/content-types.ts';
import type { ExchangeDocument } from './format.ts';
import type { ImportProblem, Locate } from './parse.ts';

export type Stored = Map<string, { id: string; type: string; deleted: boolean }>;

const isDossier = (type: string | undefined) => type === DOSSIER_TYPE;

/** Item slugs the dossiers of the file refer to (to be looked up in the database). */
export function dossierReferences(doc: ExchangeDocument): string[] {
  return doc.items.flatMap((item) => {
    const d = item.dossier;
    if (!d) return [];
    const slugs = [d.predecessor, d.successor, ...(d.timeline ?? []).map((e) => e.item)];
    return slugs.filter((s): s is string => typeof s === 'string');
  });
}

/** Every problem of the `dossier` objects: misplaced, malformed entries, unknown or wrong references. */
export function checkDossiers(doc: ExchangeDocument, existing: Stored, locate: Locate): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const fileTypes = new Map<string, string>();
  for (const item of doc.items) if (!fileTypes.has(item.slug)) fileTypes.set(item.slug, item.type);
  /** The type of the item a slug names, in the file or stored (not deleted); undefined if unknown. */
  const typeOf = (slug: string) => {
    const stored = existing.get(slug);
    return fileTypes.get(slug) ?? (stored && !stored.deleted ? stored.type : undefined);
  };

  doc.items.forEach((item, i) => {
    const d = item.dossier;
    if (!d) return;
    const at = `/items/${i}/dossier`;
    if (!isDossier(item.type)) {
      problems.push(locate(at, 'api.problem.dossierOnlyTaskforce', { type: item.type }, 'key'));
      return;
    }
    for (const field of ['predecessor', 'successor'] as const) {
      const slug = d[field];
      if (!slug) continue;
      const type = typeOf(slug);
      if (type === undefined) problems.push(locate(`${at}/${field}`, 'api.problem.unknownItem', { slug }));
      else if (slug === item.slug) problems.push(locate(`${at}/${field}`, 'api.problem.ownSuccession'));
      else if (!isDossier(type)) problems.push(locate(`${at}/${field}`, 'api.problem.notDossier', { slug }));
    }
    const seen = new Map<string, number>();
    (d.timeline ?? []).forEach((entry, j) => {
      const path = `${at}/timeline/${j}`;
      if (entry.kind === 'milestone') {
        if (entry.item) problems.push(locate(`${path}/item`, 'api.problem.milestoneItem', undefined, 'key'));
        if (!entry.titles || Object.keys(entry.titles).length === 0)
          problems.push(locate(`${path}/titles`, 'api.problem.milestoneTitle'));
        return;
      }
      if (entry.titles) problems.push(locate(`${path}/titles`, 'api.problem.entryTitles', undefined, 'key'));
      if (!entry.item) {
        problems.push(locate(`${path}/item`, 'api.problem.missing'));
        return;
      }
      const type = typeOf(entry.item);
      if (type === undefined)
        problems.push(locate(`${path}/item`, 'api.problem.unknownItem', { slug: entry.item }));
      else if (isDossier(type))
        problems.push(locate(`${path}/item`, 'api.problem.timelineDossier', { slug: entry.item }));
      const first = seen.get(entry.item);
      if (first !== undefined)
        problems.push(
          locate(`${path}/item`, 'api.problem.duplicateEntry', {
            slug: entry.item,
            other: `timeline[${first}]`,
          }),
        );
      else seen.set(entry.item, j);
    });
  });
  return problems;
}
