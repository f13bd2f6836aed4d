// Running dossiers: create (also from an accepted support request), change status and details,
// and curate the timeline. Text, languages, workflow and revisions go through the items service.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { TaskforceStatus } from './tables.ts';
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import { recordAudit } from '../audit/service.ts';
import { createItem, findItemById, touchItem, type Refusal } from '../items/service.ts';
import type { Actor } from '../items/policy.ts';
import { bumpContentVersion } from '../../kernel/content-version.ts';
import { can } from './policy.ts';
import * as repo from './repository.ts';
import { NEXT_STATUSES, TASKFORCE_INSTRUMENTS } from './domain/vocabulary.ts';
import { DOSSIER_TYPE } from '../../kernel/content-types.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';

export interface DossierInput {
  slug?: string;
  lang: string;
  title: string;
  summary: string;
  background: string;
  objectives: string;
  results: string;
  countryCodes: string[];
  regionIds: string[];
  requesterIds: string[];
  platformIds: string[];
  startsOn: string | null;
  endsOn: string | null;
  status: TaskforceStatus;
  instruments: string[];
}

export async function createDossier(
  deps: Deps,
  actor: Actor,
  input: DossierInput,
): Promise<{ ok: true; id: string; slug: string } | Refusal> {
  if (!can(actor, 'dossier.create')) return { ok: false, reason: 'forbidden' };
  const fields: Record<string, string> = {};
  if (input.objectives.trim()) fields.objectives = input.objectives.trim();
  if (input.results.trim()) fields.results = input.results.trim();
  const created = await createItem(deps, actor, {
    ...(input.slug ? { slug: input.slug } : {}),
    type: DOSSIER_TYPE,
    originalLang: input.lang,
    visibility: 'public',
    organisationId: null,
    neutral: { startsOn: input.startsOn, endsOn: input.endsOn },
    sourceNote: null,
    links: {
      organisations: [
        ...input.requesterIds.map((id) => ({ id, role: 'requester' as const })),
        ...input.platformIds.map((id) => ({ id, role: 'platform' as const })),
      ],
      countries: input.countryCodes,
      regions: input.regionIds,
      levels: [],
      themes: [],
      related: [],
    },
    lang: input.lang,
    text: { title: input.title.trim(), summary: input.summary.trim(), body: input.background.trim(), fields },
  });
  if (!created.ok) return created;
  const now = iso(deps.clock.now());
  await repo.insertDetails(deps.db, {
    itemId: created.id,
    status: input.status,
    instruments: input.instruments.filter((i) => (TASKFORCE_INSTRUMENTS as readonly string[]).includes(i)),
    predecessorId: null,
    successorId: null,
    now,
  });
  return created;
}

export type DetailsResult =
  { ok: true } | Refusal | { ok: false; reason: 'invalid_status' | 'unknown_dossier' };

async function isDossier(db: Kysely<DB>, id: string | null): Promise<boolean> {
  if (!id) return true;
  const item = await findItemById(db, id);
  return item?.type === DOSSIER_TYPE;
}

export async function updateDetails(
  deps: Deps,
  actor: Actor,
  itemId: string,
  input: {
    status: TaskforceStatus;
    instruments: string[];
    predecessorId: string | null;
    successorId: string | null;
  },
): Promise<DetailsResult> {
  if (!can(actor, 'dossier.edit')) return { ok: false, reason: 'forbidden' };
  return deps.db.transaction().execute(async (trx) => {
    const current = await repo.findDetails(trx, itemId);
    if (!current) return { ok: false as const, reason: 'not_found' as const };
    const changed = current.status !== input.status;
    if (changed && !NEXT_STATUSES[current.status].includes(input.status))
      return { ok: false as const, reason: 'invalid_status' as const };
    for (const id of [input.predecessorId, input.successorId]) {
      if (id === itemId || !(await isDossier(trx, id)))
        return { ok: false as const, reason: 'unknown_dossier' as const };
    }
    const now = iso(deps.clock.now());
    await repo.updateDetails(trx, itemId, {
      ...input,
      instruments: input.instruments.filter((i) => (TASKFORCE_INSTRUMENTS as readonly string[]).includes(i)),
      statusChanged: changed,
      now,
    });
    // Succession is kept in both directions: the successor names this dossier as its predecessor.
    if (input.successorId && input.successorId !== current.successorId) {
      await repo.setPredecessor(trx, input.successorId, itemId, now);
    }
    await touchItem(trx, itemId, now);
    await bumpContentVersion(trx, now);
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'taskforce.details',
      subjectType: 'item',
      subjectId: itemId,
      details: { from: current.status, to: input.status },
    });
    return { ok: true as const };
  });
}

export async function addTimelineItem(
  deps: Deps,
  actor: Actor,
  taskforceId: string,
  itemId: string,
  note: Record<string, string>,
  entryDate: string | null,
): Promise<{ ok: true } | Refusal | { ok: false; reason: 'duplicate' }> {
  if (!can(actor, 'timeline.edit')) return { ok: false, reason: 'forbidden' };
  return deps.db.transaction().execute(async (trx) => {
    const [dossier, item] = await Promise.all([findItemById(trx, taskforceId), findItemById(trx, itemId)]);
    if (!dossier || dossier.type !== DOSSIER_TYPE || !item || item.type === DOSSIER_TYPE)
      return { ok: false as const, reason: 'not_found' as const };
    if (await repo.entryExists(trx, taskforceId, itemId))
      return { ok: false as const, reason: 'duplicate' as const };
    const now = iso(deps.clock.now());
    await repo.insertEntry(trx, {
      id: deps.newId(),
      taskforceId,
      kind: 'item',
      itemId,
      entryDate,
      titles: null,
      notes: note,
      actorId: actor.id,
      now,
    });
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'taskforce.timeline_add',
      subjectType: 'item',
      subjectId: taskforceId,
      details: { item: item.slug },
    });
    return { ok: true as const };
  });
}

export async function addMilestone(
  deps: Deps,
  actor: Actor,
  taskforceId: string,
  input: { date: string; titles: Record<string, string>; notes: Record<string, string> },
): Promise<{ ok: true } | Refusal> {
  if (!can(actor, 'timeline.edit')) return { ok: false, reason: 'forbidden' };
  return deps.db.transaction().execute(async (trx) => {
    const dossier = await findItemById(trx, taskforceId);
    if (!dossier || dossier.type !== DOSSIER_TYPE)
      return { ok: false as const, reason: 'not_found' as const };
    const now = iso(deps.clock.now());
    await repo.insertEntry(trx, {
      id: deps.newId(),
      taskforceId,
      kind: 'milestone',
      itemId: null,
      entryDate: input.date,
      titles: input.titles,
      notes: input.notes,
      actorId: actor.id,
      now,
    });
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'taskforce.milestone_add',
      subjectType: 'item',
      subjectId: taskforceId,
      details: { date: input.date },
    });
    return { ok: true as const };
  });
}

export type EntryResult =
  { ok: true } | Refusal | { ok: false; reason: 'incomplete'; fields: ('date' | 'title')[] };

/** Change an entry's date and notes (and a milestone's titles); a milestone keeps a date and a title in
 * the default language (`title` names it when missing). */
export async function updateTimelineEntry(
  deps: Deps,
  actor: Actor,
  taskforceId: string,
  entryId: string,
  input: { date: string | null; titles: Record<string, string> | null; notes: Record<string, string> },
): Promise<EntryResult> {
  if (!can(actor, 'timeline.edit')) return { ok: false, reason: 'forbidden' };
  const entry = await repo.findEntry(deps.db, taskforceId, entryId);
  if (!entry) return { ok: false, reason: 'not_found' };
  if (entry.kind === 'milestone') {
    const fields = [
      ...(input.date ? [] : (['date'] as const)),
      ...(input.titles?.[DEFAULT_LOCALE]?.trim() ? [] : (['title'] as const)),
    ];
    if (fields.length) return { ok: false, reason: 'incomplete', fields };
  }
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateEntry(trx, entryId, {
      entryDate: input.date,
      titles: entry.kind === 'milestone' ? input.titles : null,
      notes: input.notes,
      now: iso(deps.clock.now()),
    });
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'taskforce.timeline_edit',
      subjectType: 'item',
      subjectId: taskforceId,
    });
  });
  return { ok: true };
}

export async function removeTimelineEntry(
  deps: Deps,
  actor: Actor,
  taskforceId: string,
  entryId: string,
): Promise<{ ok: true } | Refusal> {
  if (!can(actor, 'timeline.edit')) return { ok: false, reason: 'forbidden' };
  const entry = await repo.findEntry(deps.db, taskforceId, entryId);
  if (!entry) return { ok: false, reason: 'not_found' };
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteEntry(trx, entryId);
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'taskforce.timeline_remove',
      subjectType: 'item',
      subjectId: taskforceId,
    });
  });
  return { ok: true };
}
