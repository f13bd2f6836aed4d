// The support ladder: a public request form, e-mail confirmations, the editors' inbox (status,
// replies by e-mail, notes) and the retention job. Personal data is kept only for RETENTION_DAYS.
import type { Deps } from '../../deps.ts';
import { addMs, DAY, HOUR, iso } from '../../lib/clock.ts';
import { randomToken } from '../../lib/tokens.ts';
import { DEFAULT_LOCALE, isLocale, translator } from '../../i18n/index.ts';
import { recordAudit } from '../audit/service.ts';
import { queueMail } from '../mail/service.ts';
import { resolveOrganisationName } from '../organisations/repository.ts';
import { hit } from '../rate-limits/service.ts';
import { ensureSetting } from '../../kernel/repository-settings.ts';
import * as repo from './repository.ts';
import type { SupportStatus } from '../../db/schema.ts';
import { judge, signShownAt } from './domain/spam.ts';

export const RETENTION_DAYS = 730;
export const REQUEST_LIMIT = { max: 5, windowMs: HOUR };

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
  const country = await deps.db
    .selectFrom('countries')
    .select('code')
    .where('code', '=', input.country)
    .executeTakeFirst();
  if (!country) return { ok: false, reason: 'unknown_country' };
  let regionId: string | null = null;
  if (input.region) {
    const region = await deps.db
      .selectFrom('regions')
      .select(['id', 'country_code'])
      .where('slug', '=', input.region)
      .executeTakeFirst();
    if (!region || region.country_code !== input.country) return { ok: false, reason: 'unknown_region' };
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
          link: `${deps.config.baseUrl}/${st.locale}/support/inbox/${id}`,
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
