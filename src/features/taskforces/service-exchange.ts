// Dossiers in bulk for the exchange (src/features/exchange/): the export reads every dossier's
// details and timeline; the import brings a dossier to the state of the file inside the import's
// one transaction (the taskforce services each open their own). The exchange has checked the
// references first (exchange/domain/dossiers.ts), by the same rules as the taskforce service.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../kernel/identity.ts';
import type { ExchangeDossier } from '../exchange/domain/format.ts';
import { NEW_DOSSIER_STATUS } from './domain/vocabulary.ts';
import * as repo from './repository.ts';

export { listAllEntries, listDetails, type DossierDetails, type TimelineEntry } from './repository.ts';

const texts = (t: Record<string, string | undefined> | null | undefined) =>
  Object.fromEntries(Object.entries(t ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));

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
  if (d.statusChangedAt) await repo.setStatusChangedAt(trx, itemId, d.statusChangedAt);

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
