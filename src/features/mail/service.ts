// Queue mail inside the caller's transaction; deliver due mail with retries and back-off.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { addMs, iso, MINUTE } from '../../lib/clock.ts';
import * as repo from './repository.ts';

/** The outbox as administrators read it. */
export { findMessage, listMessages, type MailMessage } from './repository.ts';

export const MAX_ATTEMPTS = 8;
const LOCK_MS = 2 * MINUTE;

export interface MailInput {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

type MailDeps = Pick<Deps, 'clock' | 'newId' | 'mailTransport'>;

/** Write a message to the outbox using `db`, which should be the caller's transaction. */
export async function queueMail(deps: MailDeps, db: Kysely<DB>, mail: MailInput): Promise<string> {
  const id = deps.newId();
  await repo.insertMessage(db, {
    id,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    status: deps.mailTransport ? 'pending' : 'held',
    now: iso(deps.clock.now()),
  });
  return id;
}

/** Exponential back-off: 30 s, 1 min, 2 min … capped at 6 hours. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 6 * 60 * MINUTE);
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

export async function deliverDueMail(
  deps: Pick<Deps, 'db' | 'clock' | 'mailTransport' | 'config' | 'logger'>,
  batch = 20,
): Promise<DeliveryReport> {
  const report = { sent: 0, failed: 0 };
  const transport = deps.mailTransport;
  if (!transport) return report;
  const now = deps.clock.now();
  const ids = await repo.dueMessageIds(deps.db, iso(now), batch);
  for (const id of ids) {
    const message = await repo.claimMessage(deps.db, id, iso(now), iso(addMs(now, LOCK_MS)));
    if (!message) continue;
    try {
      await transport.send({
        id: message.id,
        from: deps.config.mailFrom,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      await repo.markSent(deps.db, id, iso(deps.clock.now()));
      report.sent++;
    } catch (error) {
      const attempt = message.attempts + 1;
      const giveUp = attempt >= MAX_ATTEMPTS;
      const text = error instanceof Error ? error.message : String(error);
      await repo.markAttemptFailed(deps.db, id, {
        error: text,
        nextAttemptAt: iso(addMs(deps.clock.now(), backoffMs(attempt))),
        giveUp,
      });
      deps.logger.warn({ mailId: id, attempt, giveUp, err: text }, 'mail delivery failed');
      report.failed++;
    }
  }
  return report;
}
