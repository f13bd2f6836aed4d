// Taskforce dossiers in an import: the `dossier` object of items of type 'taskforce' (status,
// instruments, predecessor/successor, timeline). Checked with the other references before
// anything is written; written with the taskforce repository inside the import's transaction,
// the timeline replaced as a whole. The rules are those of the taskforce service: predecessor and
// successor are other dossiers, a timeline names items that are not dossiers, each item once.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../items/policy.ts';
import * as repo from '../taskforces/repository.ts';
import { NEW_DOSSIER_STATUS } from '../taskforces/domain/vocabulary.ts';
import { DOSSIER_TYPE } from '../../kernel/content-types.ts';
import type { ExchangeDocument, ExchangeDossier } from './schema.ts';
import { setStatusChangedAt } from './repository.ts';
import type { ImportProblem, Locate } from './domain/parse.ts';

type Stored = Map<string, { id: string; type: string; deleted: boolean }>;

const isDossier = (type: string | undefined) => type === DOSSIER_TYPE;
const texts = (t: Record<string, string | undefined> | null | undefined) =>
  Object.fromEntries(Object.entries(t ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));

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

/**
 * Bring one imported dossier to the state of the file. Without `dossier`, a new dossier gets the
 * details a new dossier starts with and an existing one is left alone; with it, the details are
 * set as given and the timeline is replaced. `idOf` resolves item slugs checked by checkDossiers.
 */
export async function writeDossier(
  deps: Deps,
  trx: Kysely<DB>,
  actor: Actor,
  itemId: string,
  d: ExchangeDossier | undefined,
  idOf: (slug: string) => string,
  now: string,
): Promise<void> {
  const current = await repo.findDetails(trx, itemId);
  if (!d) {
    if (!current)
      await repo.insertDetails(trx, {
        itemId,
        status: NEW_DOSSIER_STATUS,
        instruments: [],
        predecessorId: null,
        successorId: null,
        now,
      });
    return;
  }
  const details = {
    status: d.status,
    instruments: [...new Set(d.instruments ?? [])],
    predecessorId: d.predecessor ? idOf(d.predecessor) : null,
    successorId: d.successor ? idOf(d.successor) : null,
  };
  if (current)
    await repo.updateDetails(trx, itemId, { ...details, statusChanged: current.status !== d.status, now });
  else await repo.insertDetails(trx, { itemId, ...details, now });
  if (d.statusChangedAt) await setStatusChangedAt(trx, itemId, d.statusChangedAt);

  for (const entry of await repo.listEntries(trx, itemId)) await repo.deleteEntry(trx, entry.id);
  for (const entry of d.timeline ?? []) {
    await repo.insertEntry(trx, {
      id: deps.newId(),
      taskforceId: itemId,
      kind: entry.kind,
      itemId: entry.kind === 'item' && entry.item ? idOf(entry.item) : null,
      entryDate: entry.date ?? null,
      titles: entry.kind === 'milestone' ? texts(entry.titles) : null,
      notes: texts(entry.notes),
      actorId: actor.id,
      now,
    });
  }
}
