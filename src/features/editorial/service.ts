// The editorial pages' service: loading what a page shows (with the permission check), and the
// attachment changes. Item changes themselves go through items/service.ts, which audits them.
import fs from 'node:fs/promises';
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import { listAudit, recordAudit, type AuditEntry } from '../audit/service.ts';
import {
  findOrganisationById,
  listOrganisationOptions,
  type OrganisationOption,
} from '../organisations/service.ts';
import { listRegions, type Region } from '../reference/service.ts';
import { canReadMembersOnly } from '../items/policy.ts';
import type { ItemLinks, ItemRecord, Revision, VersionRecord } from '../items/domain/records.ts';
import { findItemBySlug, listRevisions, listVersions, readLinks } from '../items/service.ts';
import { canEditItem, isEditorial, type Actor } from './policy.ts';
import { MAX_ATTACHMENT_BYTES, cleanFilename, sniffFileKind } from './domain/attachments.ts';
import { removeStoredFile, storedPath, writeStoredFile } from './repository-files.ts';
import * as repo from './repository.ts';

export type { Attachment, ItemOverview, QueueEntry } from './repository.ts';

export type Loaded<T> = ({ ok: true } & T) | { ok: false; reason: 'not_found' | 'forbidden' };

/** An item the actor may edit, by its slug: not found (or deleted) → not_found, someone else's → forbidden. */
export async function loadEditable(
  deps: Deps,
  slug: string,
  actor: Actor,
): Promise<Loaded<{ item: ItemRecord }>> {
  const item = await findItemBySlug(deps.db, slug);
  if (!item) return { ok: false, reason: 'not_found' };
  if (!canEditItem(actor, item)) return { ok: false, reason: 'forbidden' };
  return { ok: true, item };
}

export interface Dashboard {
  queue: repo.QueueEntry[];
  drafts: repo.QueueEntry[];
  items: repo.ItemOverview[];
  total: number;
  organisationName: string | null;
}

export const DASHBOARD_PAGE_SIZE = 25;

/** Editors: the review queue, recent drafts and (when searching) all items; members: their organisation's items. */
export async function dashboard(
  deps: Deps,
  actor: Actor,
  input: { q?: string; page: number },
): Promise<Dashboard> {
  const paging = { limit: DASHBOARD_PAGE_SIZE, offset: (input.page - 1) * DASHBOARD_PAGE_SIZE };
  if (isEditorial(actor)) {
    const [queue, drafts, found] = await Promise.all([
      repo.reviewQueue(deps.db),
      repo.recentDrafts(deps.db),
      input.q ? repo.findItems(deps.db, { q: input.q, ...paging }) : Promise.resolve({ items: [], total: 0 }),
    ]);
    return { queue, drafts, items: found.items, total: found.total, organisationName: null };
  }
  if (!actor.organisationId) return { queue: [], drafts: [], items: [], total: 0, organisationName: null };
  const [found, organisation] = await Promise.all([
    repo.findItems(deps.db, { organisationId: actor.organisationId, q: input.q, ...paging }),
    findOrganisationById(deps.db, actor.organisationId),
  ]);
  return {
    queue: [],
    drafts: [],
    items: found.items,
    total: found.total,
    organisationName: organisation?.shortName ?? organisation?.name ?? null,
  };
}

export interface FormChoices {
  organisations: OrganisationOption[];
  regions: Region[];
  ownOrganisationName: string | null;
}

export async function formChoices(deps: Deps, actor: Actor): Promise<FormChoices> {
  const [organisations, regions] = await Promise.all([
    listOrganisationOptions(deps.db),
    listRegions(deps.db),
  ]);
  const own = actor.organisationId ? organisations.find((o) => o.id === actor.organisationId) : undefined;
  return { organisations, regions, ownOrganisationName: own?.name ?? null };
}

export interface EditPage extends FormChoices {
  versions: VersionRecord[];
  links: ItemLinks;
  attachments: repo.Attachment[];
  history: AuditEntry[];
}

export async function editPage(deps: Deps, actor: Actor, item: ItemRecord): Promise<EditPage> {
  const [versions, links, attachments, history, choices] = await Promise.all([
    listVersions(deps.db, item.id),
    readLinks(deps.db, item.id),
    repo.listAttachments(deps.db, item.id),
    listAudit(deps.db, { subjectType: 'item', subjectId: item.id, limit: 15, offset: 0 }),
    formChoices(deps, actor),
  ]);
  return { versions, links, attachments, history: history.items, ...choices };
}

/** The revisions of one language version, newest first, and the version itself (null when new). */
export async function revisionsOf(
  deps: Deps,
  item: ItemRecord,
  lang: string,
): Promise<{ version: VersionRecord | null; revisions: Revision[] }> {
  const [versions, revisions] = await Promise.all([
    listVersions(deps.db, item.id),
    listRevisions(deps.db, item.id, lang),
  ]);
  return { version: versions.find((v) => v.lang === lang) ?? null, revisions };
}

export type AttachmentRefusal = { ok: false; reason: 'empty' | 'too_large' | 'unsupported' };

/** Store an uploaded file (PDF, PNG, JPEG or WebP by its bytes) and record it with an audit entry. */
export async function addAttachment(
  deps: Deps,
  actor: Actor,
  item: ItemRecord,
  upload: { title: string; lang: string | null; filename: string; data: Buffer },
): Promise<{ ok: true; id: string } | AttachmentRefusal> {
  if (upload.data.length === 0) return { ok: false, reason: 'empty' };
  if (upload.data.length > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too_large' };
  const kind = sniffFileKind(upload.data);
  if (!kind) return { ok: false, reason: 'unsupported' };
  const id = deps.newId();
  const storedName = `${deps.newId()}.${kind.extension}`;
  const filename = cleanFilename(upload.filename, kind.extension);
  const title = upload.title.trim() || filename;
  await writeStoredFile(deps.config.uploadDir, storedName, upload.data);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const now = iso(deps.clock.now());
      await repo.insertAttachment(trx, {
        id,
        itemId: item.id,
        lang: upload.lang,
        title,
        filename,
        storedName,
        mime: kind.mime,
        size: upload.data.length,
        createdAt: now,
        createdBy: actor.id,
      });
      await recordAudit(deps, trx, {
        actorId: actor.id,
        action: 'item.attachment_added',
        subjectType: 'item',
        subjectId: item.id,
        details: { attachmentId: id, filename, mime: kind.mime, size: upload.data.length },
      });
    });
  } catch (error) {
    // No record, no file: a failed insert must not leave an orphan behind.
    await removeStoredFile(deps.config.uploadDir, storedName);
    throw error;
  }
  return { ok: true, id };
}

export async function removeAttachment(
  deps: Deps,
  actor: Actor,
  item: ItemRecord,
  attachmentId: string,
): Promise<{ ok: true } | { ok: false; reason: 'not_found' }> {
  const attachment = await repo.findAttachment(deps.db, item.id, attachmentId);
  if (!attachment) return { ok: false, reason: 'not_found' };
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteAttachmentRow(trx, item.id, attachment.id);
    await recordAudit(deps, trx, {
      actorId: actor.id,
      action: 'item.attachment_removed',
      subjectType: 'item',
      subjectId: item.id,
      details: { attachmentId: attachment.id, filename: attachment.filename },
    });
  });
  await removeStoredFile(deps.config.uploadDir, attachment.storedName);
  return { ok: true };
}

/** A file for a reader: only of a listed item the reader may see (members-only → members). */
export async function attachmentForDownload(
  deps: Deps,
  slug: string,
  attachmentId: string,
  viewer: Actor | null,
): Promise<
  | { ok: true; attachment: repo.Attachment; path: string; membersOnly: boolean }
  | { ok: false; reason: 'not_found' }
> {
  const item = await findItemBySlug(deps.db, slug);
  if (!item || !item.listed) return { ok: false, reason: 'not_found' };
  if (item.visibility === 'members' && !canReadMembersOnly(viewer)) return { ok: false, reason: 'not_found' };
  const attachment = await repo.findAttachment(deps.db, item.id, attachmentId);
  if (!attachment) return { ok: false, reason: 'not_found' };
  const file = storedPath(deps.config.uploadDir, attachment.storedName);
  try {
    await fs.access(file);
  } catch {
    return { ok: false, reason: 'not_found' };
  }
  return { ok: true, attachment, path: file, membersOnly: item.visibility === 'members' };
}
