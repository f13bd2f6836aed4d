// Creating and editing knowledge items, the per-language workflow, revisions and the search index.
// Every change is one transaction with its audit entry, revision and index update.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { VersionState } from './tables.ts';
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import { slugify, stripMarkdown } from '../../lib/text.ts';
import { recordAudit } from '../audit/service.ts';
import { countryName } from '../reference/domain/vocabulary.ts';
import {
  canCreateItem,
  canDeleteItem,
  canEditItem,
  canTransition,
  isEditorial,
  type Actor,
  type Transition,
} from './policy.ts';
import * as repo from './repository.ts';

// Reads of the records as editors work on them (the editorial pages, the taskforce editor, the
// seed), and the links an organisation merge moves: the repository's, offered here as the
// module's surface.
export {
  addRelations,
  findItemById,
  findItemBySlug,
  listRevisions,
  listVersions,
  moveOrganisationLinks,
  readLinks,
  touchItem,
} from './repository.ts';
import type { ItemLinks, ItemWrite, VersionText } from './repository.ts';

export interface ItemInput extends Omit<ItemWrite, 'slug'> {
  slug?: string;
  links: ItemLinks;
}

export type Refusal = {
  ok: false;
  reason: 'forbidden' | 'not_found' | 'slug_taken' | 'invalid_transition' | 'unknown_reference';
  detail?: string;
};

/** The owning organisation is always linked with the role "owner" (facets and pages count on it). */
export function withOwner(links: ItemLinks, organisationId: string | null): ItemLinks {
  const others = links.organisations.filter((o) => o.role !== 'owner');
  return {
    ...links,
    organisations: organisationId ? [{ id: organisationId, role: 'owner' }, ...others] : others,
  };
}

/** Pick a free slug: the wanted one, or the title's with -2, -3 … appended. */
/** Words that are paths of their own next to item slugs ("/editorial/items/new"). */
const RESERVED_SLUGS = new Set(['new', 'edit', 'embed', 'timeline', 'search', 'feed', 'export', 'import']);

async function freeSlug(db: Kysely<DB>, wanted: string): Promise<string> {
  const base = slugify(wanted) || 'item';
  let slug = base;
  for (let n = 2; RESERVED_SLUGS.has(slug) || (await repo.slugTaken(db, slug)); n++) slug = `${base}-${n}`;
  return slug;
}

/** Check that every linked organisation, country, region and related item exists. */
async function missingReference(
  db: Kysely<DB>,
  input: { organisationId: string | null; links: ItemLinks },
): Promise<string | null> {
  const orgIds = [
    ...new Set([
      ...(input.organisationId ? [input.organisationId] : []),
      ...input.links.organisations.map((o) => o.id),
    ]),
  ];
  const checks: [string, string[], () => Promise<number>][] = [
    ['organisation', orgIds, () => repo.countExisting(db, 'organisations', orgIds)],
    ['country', input.links.countries, () => repo.countExisting(db, 'countries', input.links.countries)],
    ['region', input.links.regions, () => repo.countExisting(db, 'regions', input.links.regions)],
    ['related', input.links.related, () => repo.countExisting(db, 'items', input.links.related)],
  ];
  for (const [name, values, count] of checks) {
    if (values.length > 0 && (await count()) !== new Set(values).size) return name;
  }
  return null;
}

export async function createItem(
  deps: Deps,
  actor: Actor,
  input: ItemInput & { lang: string; text: VersionText },
): Promise<{ ok: true; id: string; slug: string } | Refusal> {
  if (!canCreateItem(actor, input.organisationId)) return { ok: false, reason: 'forbidden' };
  return deps.db.transaction().execute(async (trx) => {
    const missing = await missingReference(trx, input);
    if (missing) return { ok: false as const, reason: 'unknown_reference' as const, detail: missing };
    if (input.slug && (RESERVED_SLUGS.has(input.slug) || (await repo.slugTaken(trx, input.slug))))
      return { ok: false as const, reason: 'slug_taken' as const };
    const slug = input.slug ?? (await freeSlug(trx, input.text.title));
    const id = deps.newId();
    const now = iso(deps.clock.now());
    await repo.insertItem(trx, id, { ...input, slug }, actor.id, now);
    await repo.writeLinks(trx, id, withOwner(input.links, input.organisationId));
    await repo.insertVersion(trx, {
      id: deps.newId(),
      itemId: id,
      lang: input.lang,
      text: input.text,
      actorId: actor.id,
      now,
    });
    await repo.insertRevision(trx, {
      id: deps.newId(),
      itemId: id,
      lang: input.lang,
      text: input.text,
      note: 'created',
      actorId: actor.id,
      now,
    });
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'item.created',
      subjectType: 'item',
      subjectId: id,
      details: { slug, type: input.type, lang: input.lang },
    });
    return { ok: true as const, id, slug };
  });
}

export async function updateItemRecord(
  deps: Deps,
  actor: Actor,
  itemId: string,
  input: Omit<ItemInput, 'type' | 'slug'>,
): Promise<{ ok: true } | Refusal> {
  return deps.db.transaction().execute(async (trx) => {
    const item = await repo.findItemById(trx, itemId);
    if (!item) return { ok: false as const, reason: 'not_found' as const };
    if (!canEditItem(actor, item)) return { ok: false as const, reason: 'forbidden' as const };
    // A member cannot hand their item to another organisation.
    if (!isEditorial(actor) && input.organisationId !== item.organisationId)
      return { ok: false as const, reason: 'forbidden' as const };
    const missing = await missingReference(trx, input);
    if (missing) return { ok: false as const, reason: 'unknown_reference' as const, detail: missing };
    const now = iso(deps.clock.now());
    await repo.updateItem(trx, itemId, input, now);
    await repo.writeLinks(trx, itemId, withOwner(input.links, input.organisationId));
    await reindexItem(deps, trx, itemId);
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'item.updated',
      subjectType: 'item',
      subjectId: itemId,
      details: { neutral: input.neutral, visibility: input.visibility },
    });
    return { ok: true as const };
  });
}

/**
 * Save the working copy of one language version (creating it when new). Saving a published
 * version leaves the live copy in place and marks the changes as a draft until published again.
 */
export async function saveVersion(
  deps: Deps,
  actor: Actor,
  itemId: string,
  lang: string,
  text: VersionText,
  options: { note?: string | null; publish?: boolean } = {},
): Promise<{ ok: true; state: VersionState } | Refusal> {
  return deps.db.transaction().execute(async (trx) => {
    const item = await repo.findItemById(trx, itemId);
    if (!item) return { ok: false as const, reason: 'not_found' as const };
    if (!canEditItem(actor, item)) return { ok: false as const, reason: 'forbidden' as const };
    if (options.publish && !canTransition(actor, item, 'publish'))
      return { ok: false as const, reason: 'forbidden' as const };
    const now = iso(deps.clock.now());
    const existing = await repo.findVersion(trx, itemId, lang);
    let versionId: string;
    if (existing) {
      versionId = existing.id;
      const state: VersionState =
        existing.state === 'archived' ? 'archived' : existing.state === 'review' ? 'review' : 'draft';
      await repo.updateVersionText(trx, versionId, text, state, actor.id, now);
    } else {
      versionId = deps.newId();
      await repo.insertVersion(trx, { id: versionId, itemId, lang, text, actorId: actor.id, now });
    }
    await repo.insertRevision(trx, {
      id: deps.newId(),
      itemId,
      lang,
      text,
      note: options.note ?? null,
      actorId: actor.id,
      now,
    });
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'item.version_saved',
      subjectType: 'item',
      subjectId: itemId,
      details: { lang },
    });
    if (options.publish) {
      await repo.publishVersion(trx, versionId, actor.id, now);
      await afterLiveChange(deps, trx, itemId, lang);
      await recordAudit(deps, trx, {
        actorId: actor.id,
        action: 'item.publish',
        subjectType: 'item',
        subjectId: itemId,
        details: { lang },
      });
    }
    const saved = await repo.findVersion(trx, itemId, lang);
    return { ok: true as const, state: saved?.state ?? 'draft' };
  });
}

const ALLOWED_FROM: Record<Transition, readonly VersionState[]> = {
  submit: ['draft'],
  publish: ['draft', 'review', 'published'],
  return: ['review'],
  unpublish: ['published', 'draft', 'review'],
  archive: ['draft', 'review', 'published'],
  restore: ['archived'],
};

export async function transition(
  deps: Deps,
  actor: Actor,
  itemId: string,
  lang: string,
  action: Transition,
): Promise<{ ok: true; state: VersionState } | Refusal> {
  return deps.db.transaction().execute(async (trx) => {
    const item = await repo.findItemById(trx, itemId);
    if (!item) return { ok: false as const, reason: 'not_found' as const };
    if (!canTransition(actor, item, action)) return { ok: false as const, reason: 'forbidden' as const };
    const version = await repo.findVersion(trx, itemId, lang);
    if (!version) return { ok: false as const, reason: 'not_found' as const };
    if (!ALLOWED_FROM[action].includes(version.state) || (action === 'unpublish' && !version.live)) {
      return { ok: false as const, reason: 'invalid_transition' as const };
    }
    const now = iso(deps.clock.now());
    let state: VersionState;
    switch (action) {
      case 'submit':
        state = 'review';
        await repo.setVersionState(trx, version.id, state, actor.id, now);
        break;
      case 'return':
        state = 'draft';
        await repo.setVersionState(trx, version.id, state, actor.id, now);
        break;
      case 'publish':
        state = 'published';
        await repo.publishVersion(trx, version.id, actor.id, now);
        break;
      case 'unpublish':
        state = 'draft';
        await repo.withdrawVersion(trx, version.id, 'draft', actor.id, now);
        break;
      case 'archive':
        state = 'archived';
        await repo.withdrawVersion(trx, version.id, 'archived', actor.id, now);
        break;
      case 'restore':
        state = 'draft';
        await repo.setVersionState(trx, version.id, state, actor.id, now);
        break;
    }
    if (action === 'publish' || action === 'unpublish' || action === 'archive')
      await afterLiveChange(deps, trx, itemId, lang);
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: `item.${action}`,
      subjectType: 'item',
      subjectId: itemId,
      details: { lang, from: version.state, to: state },
    });
    return { ok: true as const, state };
  });
}

export async function deleteItem(deps: Deps, actor: Actor, itemId: string): Promise<{ ok: true } | Refusal> {
  if (!canDeleteItem(actor)) return { ok: false, reason: 'forbidden' };
  return deps.db.transaction().execute(async (trx) => {
    const item = await repo.findItemById(trx, itemId);
    if (!item) return { ok: false as const, reason: 'not_found' as const };
    const now = iso(deps.clock.now());
    await repo.markDeleted(trx, itemId, now);
    await deps.search.remove(trx, itemId);
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'item.deleted',
      subjectType: 'item',
      subjectId: itemId,
      details: { slug: item.slug },
    });
    return { ok: true as const };
  });
}

/** Restore the working copy of a version to an earlier revision (recorded as a new revision). */
export async function restoreRevision(
  deps: Deps,
  actor: Actor,
  itemId: string,
  revisionId: string,
): Promise<{ ok: true; lang: string } | Refusal> {
  const revision = await repo.findRevision(deps.db, itemId, revisionId);
  if (!revision) return { ok: false, reason: 'not_found' };
  const revisions = await repo.listRevisions(deps.db, itemId, revision.lang);
  const target = revisions.find((r) => r.id === revisionId);
  if (!target) return { ok: false, reason: 'not_found' };
  const result = await saveVersion(deps, actor, itemId, revision.lang, target.snapshot, {
    note: `restored ${revision.createdAt}`,
  });
  return result.ok ? { ok: true, lang: revision.lang } : result;
}

async function afterLiveChange(deps: Deps, trx: Kysely<DB>, itemId: string, lang: string): Promise<void> {
  await repo.refreshListed(trx, itemId, iso(deps.clock.now()));
  const version = await repo.findVersion(trx, itemId, lang);
  const engine = deps.search;
  if (version?.live)
    await engine.put(trx, {
      itemId,
      lang,
      title: version.live.title,
      content: await searchContent(trx, itemId, version.live),
    });
  else await engine.remove(trx, itemId, lang);
}

/** Re-index every live version (after links or organisation names change). */
export async function reindexItem(
  deps: Pick<Deps, 'search'>,
  trx: Kysely<DB>,
  itemId: string,
): Promise<void> {
  const engine = deps.search;
  for (const version of await repo.listVersions(trx, itemId)) {
    if (version.live)
      await engine.put(trx, {
        itemId,
        lang: version.lang,
        title: version.live.title,
        content: await searchContent(trx, itemId, version.live),
      });
  }
}

/** What a search should find an item by: its text, its organisations (with aliases) and countries. */
async function searchContent(db: Kysely<DB>, itemId: string, text: VersionText): Promise<string> {
  const { organisationNames, countries } = await repo.searchableNames(db, itemId);
  const names = new Set<string>(organisationNames);
  for (const code of countries) {
    names.add(countryName(code, 'en'));
    names.add(countryName(code, 'nl'));
  }
  return [text.summary, stripMarkdown(text.body), ...Object.values(text.fields), ...names].join('\n');
}
