// Spam protection without third-party services: a honeypot field, a signed "form shown at" time
// (too fast means a bot; too old means the page must be reloaded), and a rate limit per address.
import { hmac, safeEqual } from '../../../lib/tokens.ts';

export const MIN_FILL_MS = 3000;
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

export function signShownAt(secret: string, at: Date): string {
  const ms = String(at.getTime());
  return `${ms}.${hmac(secret, `support-form.${ms}`)}`;
}

export type SpamVerdict = 'ok' | 'bot' | 'expired';

export function judge(
  secret: string,
  input: { honeypot: string | undefined; shown: string },
  now: Date,
): SpamVerdict {
  if (input.honeypot && input.honeypot.trim() !== '') return 'bot';
  const [ms, signature] = input.shown.split('.');
  if (
    !ms ||
    !signature ||
    !/^\d{10,16}$/.test(ms) ||
    !safeEqual(signature, hmac(secret, `support-form.${ms}`))
  )
    return 'expired';
  const age = now.getTime() - Number(ms);
  if (age < MIN_FILL_MS) return 'bot';
  if (age > MAX_FORM_AGE_MS) return 'expired';
  return 'ok';
}
