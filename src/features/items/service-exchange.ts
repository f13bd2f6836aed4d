// Items in bulk for the exchange (src/features/exchange/): the export's rows, and the writes of an
// import — inside the import's one transaction, which the item services (each opening its own)
// cannot join. The rules are those of the item services: the owner is linked as "owner", a
// version's live copy is what readers see, every write leaves a revision, listing and the search
// index follow the live copies, and the content version changes with every write.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { VersionState } from './tables.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../kernel/identity.ts';
import * as repo from './repository.ts';
import type { ItemLinks, ItemWrite, VersionText } from './repository.ts';
import { setPublishedAt } from './repository-export.ts';
import { reindexItem, withOwner } from './service.ts';

export { existingItems, group, readItemExportRows, type ItemExportRows } from './repository-export.ts';

/** Create the record of an imported item, or bring the existing one (`existingId`) up to date; its id. */
export async function writeImportedRecord(
  deps: Pick<Deps, 'newId'>,
  trx: Kysely<DB>,
  actor: Actor,
  existingId: string | null,
  record: ItemWrite,
  now: string,
): Promise<string> {
  if (existingId) {
    await repo.updateItem(trx, existingId, record, now);
    return existingId;
  }
  const id = deps.newId();
  await repo.insertItem(trx, id, record, actor.id, now);
  return id;
}

/** Replace every link of an imported item; its owner is linked as "owner", as always. */
export async function writeImportedLinks(
  trx: Kysely<DB>,
  itemId: string,
  links: ItemLinks,
  organisationId: string | null,
): Promise<void> {
  await repo.writeLinks(trx, itemId, withOwner(links, organisationId));
}

/** A language version as an import states it: working text and state, live text, publication date. */
export interface ImportedVersion {
  working: VersionText;
  state: VersionState;
  /** What readers see; null when the version is not published. */
  live: VersionText | null;
  publishedAt: string | null;
}

/** Bring one language version to the imported state, leaving a revision ("imported"). */
export async function writeImportedVersion(
  deps: Pick<Deps, 'newId'>,
  trx: Kysely<DB>,
  actor: Actor,
  itemId: string,
  lang: string,
  v: ImportedVersion,
  now: string,
): Promise<void> {
  let version = await repo.findVersion(trx, itemId, lang);
  if (!version) {
    await repo.insertVersion(trx, {
      id: deps.newId(),
      itemId,
      lang,
      text: v.live ?? v.working,
      actorId: actor.id,
      now,
    });
    version = (await repo.findVersion(trx, itemId, lang))!;
  }
  if (v.live) {
    await repo.updateVersionText(trx, version.id, v.live, 'draft', actor.id, now);
    await repo.publishVersion(trx, version.id, actor.id, now);
    if (v.publishedAt) await setPublishedAt(trx, version.id, v.publishedAt);
  } else if (version.live) {
    await repo.withdrawVersion(trx, version.id, v.state === 'archived' ? 'archived' : 'draft', actor.id, now);
  }
  await repo.updateVersionText(trx, version.id, v.working, v.state, actor.id, now);
  await repo.insertRevision(trx, {
    id: deps.newId(),
    itemId,
    lang,
    text: v.working,
    note: 'imported',
    actorId: actor.id,
    now,
  });
}

/** After an item's versions are written: listed or not, and its search entries from the live copies. */
export async function finishImportedItem(
  deps: Pick<Deps, 'search'>,
  trx: Kysely<DB>,
  itemId: string,
  now: string,
): Promise<void> {
  await repo.refreshListed(trx, itemId, now);
  await deps.search.remove(trx, itemId);
  await reindexItem(deps, trx, itemId);
}
