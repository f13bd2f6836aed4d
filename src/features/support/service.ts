// The support ladder: a public request form, e-mail confirmations, the editors' inbox (status,
// replies by e-mail, notes) and the retention job. Personal data is kept only for RETENTION_DAYS.
import type { Deps } from '../../deps.ts';
import { addMs, DAY, HOUR, iso } from '../../lib/clock.ts';
import { randomToken } from '../../lib/tokens.ts';
import { DEFAULT_LOCALE, isLocale, translator } from '../../i18n/index.ts';
import { recordAudit } from '../audit/service.ts';
import { queueMail } from '../mail/service.ts';
import { resolveOrganisationName } from '../organisations/service.ts';
import { countryExists, findRegionBySlug, listRegions, type Region } from '../reference/service.ts';
import { itemSlug } from '../items/service-read.ts';
import type { Actor } from '../../kernel/identity.ts';
import { teaser } from '../../lib/text.ts';
import type { Refusal } from '../items/service.ts';
import { createDossier } from '../taskforces/service.ts';
import { hit } from '../rate-limits/service.ts';
import { ensureSetting } from '../../kernel/repository-settings.ts';
import * as repo from './repository.ts';
import type { SupportStatus } from './tables.ts';
import { RETENTION_DAYS } from './domain/retention.ts';
import { judge, signShownAt } from './domain/spam.ts';
import { absoluteUrl } from '../../kernel/paths.ts';
import { supportPaths } from './paths.ts';

export { RETENTION_DAYS };
export const REQUEST_LIMIT = { max: 5, windowMs: HOUR };
export type { SupportMessage, SupportRequest } from './repository.ts';

export async function formSecret(deps: Pick<Deps, 'db' | 'clock'>): Promise<string> {
  return ensureSetting(deps.db, 'support_form_secret', randomToken(32), iso(deps.clock.now()));
}

export async function shownToken(deps: Pick<Deps, 'db' | 'clock'>): Promise<string> {
  return signShownAt(await formSecret(deps), deps.clock.now());
}

export interface RequestInput {
  organisation: string;
  country: string;
  region: string | null;
  contactName: string;
  email: string;
  instrument: string;
  challenge: string;
  timeFrame: string;
  homepage?: string | undefined;
  shown: string;
}

export type SubmitResult =
  | { ok: true; reference: string }
  /** A bot: the caller shows the usual confirmation, but nothing was stored or sent. */
  | { ok: false; reason: 'dropped' }
  | { ok: false; reason: 'expired' | 'unknown_country' | 'unknown_region' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

async function newReference(deps: Deps): Promise<string> {
  const year = deps.clock.now().getUTCFullYear();
  for (;;) {
    const reference = `SR-${year}-${randomToken(6)
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 5)
      .toUpperCase()
      .padEnd(5, 'X')}`;
    if (!(await repo.referenceTaken(deps.db, reference))) return reference;
  }
}

export async function submitRequest(
  deps: Deps,
  input: RequestInput,
  meta: { ip: string; locale: string },
): Promise<SubmitResult> {
  const verdict = judge(
    await formSecret(deps),
    { honeypot: input.homepage, shown: input.shown },
    deps.clock.now(),
  );
  if (verdict === 'bot') {
    deps.logger.info({ ip: meta.ip }, 'support request dropped as spam');
    return { ok: false, reason: 'dropped' };
  }
  if (verdict === 'expired') return { ok: false, reason: 'expired' };
  const limit = await hit(deps, `support:address:${meta.ip}`, REQUEST_LIMIT);
  if (!limit.allowed) return { ok: false, reason: 'throttled', retryAfterMs: limit.retryAfterMs };
  if (!(await countryExists(deps.db, input.country))) return { ok: false, reason: 'unknown_country' };
  let regionId: string | null = null;
  if (input.region) {
    const region = await findRegionBySlug(deps.db, input.region);
    if (!region || region.countryCode !== input.country) return { ok: false, reason: 'unknown_region' };
    regionId = region.id;
  }
  const organisation = await resolveOrganisationName(deps.db, input.organisation);
  const now = deps.clock.now();
  const id = deps.newId();
  const reference = await newReference(deps);
  const locale = isLocale(meta.locale) ? meta.locale : DEFAULT_LOCALE;
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertRequest(trx, {
      id,
      reference,
      status: 'new',
      locale,
      organisation_name: input.organisation.trim(),
      organisation_id: organisation?.id ?? null,
      country_code: input.country,
      region_id: regionId,
      contact_name: input.contactName.trim(),
      email: input.email.trim(),
      instrument: input.instrument,
      challenge: input.challenge.trim(),
      time_frame: input.timeFrame,
      consent_at: iso(now),
      retain_until: iso(addMs(now, RETENTION_DAYS * DAY)),
      assigned_to: null,
      dossier_item_id: null,
      created_at: iso(now),
      updated_at: iso(now),
      decided_at: null,
    });
    const tr = translator(locale);
    const instrument = tr.t(`support.instrument.${input.instrument as 'taskforce'}`);
    await queueMail(deps, trx, {
      to: input.email.trim(),
      subject: tr.t('support.mail.confirm.subject', { reference }),
      text: tr.t('support.mail.confirm.body', {
        name: input.contactName.trim(),
        reference,
        instrument,
        days: RETENTION_DAYS,
      }),
    });
    for (const staff of await repo.staffRecipients(trx)) {
      const st = translator(isLocale(staff.locale) ? staff.locale : DEFAULT_LOCALE);
      await queueMail(deps, trx, {
        to: staff.email,
        subject: st.t('support.mail.notify.subject', { reference, organisation: input.organisation.trim() }),
        text: st.t('support.mail.notify.body', {
          reference,
          organisation: input.organisation.trim(),
          instrument: st.t(`support.instrument.${input.instrument as 'taskforce'}`),
          link: absoluteUrl(deps.config.baseUrl, supportPaths.request(st.locale, id)),
        }),
      });
    }
    await recordAudit(deps, trx, {
      actorId: null,
      action: 'support.requested',
      subjectType: 'support_request',
      subjectId: id,
      details: { reference },
    });
  });
  return { ok: true, reference };
}

export async function changeStatus(
  deps: Deps,
  actorId: string,
  id: string,
  status: SupportStatus,
): Promise<{ ok: true } | { ok: false; reason: 'not_found' | 'unchanged' }> {
  return deps.db.transaction().execute(async (trx) => {
    const request = await repo.findRequest(trx, id);
    if (!request) return { ok: false as const, reason: 'not_found' as const };
    if (request.status === status) return { ok: false as const, reason: 'unchanged' as const };
    const now = iso(deps.clock.now());
    await repo.updateStatus(trx, id, status, now);
    await repo.insertMessage(trx, {
      id: deps.newId(),
      request_id: id,
      kind: 'status',
      author_id: actorId,
      body: `${request.status} → ${status}`,
      created_at: now,
    });
    await recordAudit(deps, trx, {
      actorId,
      action: 'support.status',
      subjectType: 'support_request',
      subjectId: id,
      details: { from: request.status, to: status },
    });
    return { ok: true as const };
  });
}

/** A reply is e-mailed to the requester (through the outbox) and kept in the thread. */
export async function reply(
  deps: Deps,
  actorId: string,
  id: string,
  body: string,
): Promise<{ ok: true } | { ok: false; reason: 'not_found' }> {
  return deps.db.transaction().execute(async (trx) => {
    const request = await repo.findRequest(trx, id);
    if (!request) return { ok: false as const, reason: 'not_found' as const };
    const now = iso(deps.clock.now());
    const tr = translator(isLocale(request.locale) ? request.locale : DEFAULT_LOCALE);
    await queueMail(deps, trx, {
      to: request.email,
      subject: tr.t('support.mail.reply.subject', { reference: request.reference }),
      text: body.trim(),
    });
    await repo.insertMessage(trx, {
      id: deps.newId(),
      request_id: id,
      kind: 'reply',
      author_id: actorId,
      body: body.trim(),
      created_at: now,
    });
    if (request.status === 'new') await repo.updateStatus(trx, id, 'in_discussion', now);
    await recordAudit(deps, trx, {
      actorId,
      action: 'support.reply',
      subjectType: 'support_request',
      subjectId: id,
    });
    return { ok: true as const };
  });
}

export async function addNote(
  deps: Deps,
  actorId: string,
  id: string,
  body: string,
): Promise<{ ok: true } | { ok: false; reason: 'not_found' }> {
  return deps.db.transaction().execute(async (trx) => {
    const request = await repo.findRequest(trx, id);
    if (!request) return { ok: false as const, reason: 'not_found' as const };
    await repo.insertMessage(trx, {
      id: deps.newId(),
      request_id: id,
      kind: 'note',
      author_id: actorId,
      body: body.trim(),
      created_at: iso(deps.clock.now()),
    });
    return { ok: true as const };
  });
}

/** The scheduled retention job: delete expired requests and log how many (never their content). */
export async function applyRetention(deps: Deps): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const deleted = await repo.deleteExpired(trx, iso(deps.clock.now()));
    if (deleted.length > 0) {
      await recordAudit(deps, trx, {
        actorId: null,
        action: 'support.retention_deleted',
        subjectType: 'support_request',
        subjectId: null,
        details: { count: deleted.length, references: deleted },
      });
      deps.logger.info({ count: deleted.length }, 'support requests past their retention period deleted');
    }
    return deleted.length;
  });
}

/** Turn an accepted support request into a draft dossier, pre-filled from the request. */
export async function dossierFromRequest(
  deps: Deps,
  actor: Actor,
  requestId: string,
): Promise<{ ok: true; slug: string } | Refusal | { ok: false; reason: 'not_accepted' | 'exists' }> {
  const request = await repo.findRequest(deps.db, requestId);
  if (!request) return { ok: false, reason: 'not_found' };
  if (request.status !== 'accepted') return { ok: false, reason: 'not_accepted' };
  if (request.dossierItemId) return { ok: false, reason: 'exists' };
  const created = await createDossier(deps, actor, {
    lang: request.locale,
    title: `${request.organisationName}: ${teaser(request.challenge, 80)}`,
    summary: teaser(request.challenge, 300),
    background: request.challenge,
    objectives: '',
    results: '',
    countryCodes: [request.countryCode],
    regionIds: request.regionId ? [request.regionId] : [],
    requesterIds: request.organisationId ? [request.organisationId] : [],
    platformIds: [],
    startsOn: iso(deps.clock.now()).slice(0, 10),
    endsOn: null,
    status: request.instrument === 'policy_briefing' ? 'briefing' : 'requested',
    instruments:
      request.instrument === 'policy_briefing'
        ? ['policy_briefing']
        : request.instrument === 'roundtable'
          ? ['roundtable']
          : [],
  });
  if (!created.ok) return created;
  await repo.linkDossier(deps.db, requestId, created.id, iso(deps.clock.now()));
  await recordAudit(deps, deps.db, {
    actorId: actor.id,
    action: 'support.to_dossier',
    subjectType: 'support_request',
    subjectId: requestId,
    details: { dossier: created.slug },
  });
  return { ok: true, slug: created.slug };
}

export const INBOX_PAGE_SIZE = 30;

/** One page of the inbox (requests of one status, or all), with the count per status; null past the end. */
export async function inboxPage(
  deps: Pick<Deps, 'db'>,
  input: { status?: SupportStatus; page: number },
): Promise<{
  items: repo.SupportRequest[];
  total: number;
  counts: Record<string, number>;
  pageCount: number;
} | null> {
  const { items, total, counts } = await repo.listRequests(deps.db, {
    status: input.status,
    limit: INBOX_PAGE_SIZE,
    offset: (input.page - 1) * INBOX_PAGE_SIZE,
  });
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  return input.page > pageCount ? null : { items, total, counts, pageCount };
}

/** One request with its thread, its region and the slug of the dossier made from it; null when unknown. */
export async function requestPage(
  deps: Pick<Deps, 'db'>,
  id: string,
): Promise<{
  request: repo.SupportRequest;
  messages: repo.SupportMessage[];
  region: Region | null;
  dossierSlug: string | null;
} | null> {
  const request = await repo.findRequest(deps.db, id);
  if (!request) return null;
  const [messages, regions, dossierSlug] = await Promise.all([
    repo.listMessages(deps.db, id),
    request.regionId ? listRegions(deps.db) : Promise.resolve([]),
    request.dossierItemId ? itemSlug(deps.db, request.dossierItemId) : Promise.resolve(null),
  ]);
  return { request, messages, region: regions.find((r) => r.id === request.regionId) ?? null, dossierSlug };
}
