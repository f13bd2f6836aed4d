// The site's locales: every page exists under /{locale}/ in each of them. Adding a locale means a
// catalog per module (the parity test lists what is missing) and nothing else.
export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
