// Translators: one per request, never a global language. Messages use ICU syntax
// (intl-messageformat); dates and numbers go through Intl in the reader's locale.
//
// The catalogs: the shell's (en.ts, nl.ts) and one per module (its messages.ts), registered at
// start-up by src/modules.ts — i18n imports no module at run time, so no module's import of the
// translator can close a cycle. MessageKey, the type of every key, is derived from the module list
// by a type-only import.
import { IntlMessageFormat } from 'intl-messageformat';
import type { MODULES } from '../modules.ts';
import { en as shellEn, type ShellKey } from './en.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales.ts';
import { nl as shellNl } from './nl.ts';

export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale };

type KeysOf<M> = M extends { messages: { en: infer E } } ? keyof E & string : never;
type ModuleKey = KeysOf<(typeof MODULES)[number]>;
export type MessageKey = ShellKey | ModuleKey;

/** Every catalog by locale: the shell's, then each registered module's. */
export const catalogs: Record<Locale, Record<string, string>> = { en: { ...shellEn }, nl: { ...shellNl } };

/** Where each key was defined (for the error on a key defined twice). */
const owners = new Map<string, string>(Object.keys(shellEn).map((key) => [key, 'shell']));

/** Add a module's catalog; a key another catalog defines already is a programming error. */
export function registerCatalog(
  owner: string,
  catalog: Record<Locale, Readonly<Record<string, string>>>,
): void {
  for (const key of Object.keys(catalog.en)) {
    const known = owners.get(key);
    if (known !== undefined && known !== owner)
      throw new Error(`message ${key} is defined by ${known} and ${owner}`);
  }
  for (const key of Object.keys(catalog.en)) owners.set(key, owner);
  for (const locale of LOCALES) Object.assign(catalogs[locale], catalog[locale]);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(catalogs.en, value);
}

export type MessageParams = Record<string, string | number | Date>;

export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  date(value: Date | string, style?: 'long' | 'medium' | 'short'): string;
  dateTime(value: Date | string): string;
  number(value: number): string;
}

const formatCache = new Map<string, IntlMessageFormat>();

function format(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const source = catalogs[locale][key];
  if (source === undefined)
    throw new Error(`unknown message ${key} (are the module catalogs registered? see src/modules.ts)`);
  if (!params && !source.includes('{')) return source;
  const cacheKey = `${locale}\u0000${key}`;
  let compiled = formatCache.get(cacheKey);
  if (!compiled) {
    compiled = new IntlMessageFormat(source, locale);
    formatCache.set(cacheKey, compiled);
  }
  return String(compiled.format(params ?? {}));
}

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

const translators = new Map<Locale, Translator>();

/** The translator of a locale. Translators are immutable, so one per locale is shared. */
export function translator(locale: Locale): Translator {
  let cached = translators.get(locale);
  if (!cached) translators.set(locale, (cached = createTranslator(locale)));
  return cached;
}

function createTranslator(locale: Locale): Translator {
  const dateFormats = {
    long: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
    medium: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }),
  };
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  const numbers = new Intl.NumberFormat(locale);
  return {
    locale,
    t: (key, params) => format(locale, key, params),
    date: (value, style = 'long') => dateFormats[style].format(toDate(value)),
    dateTime: (value) => dateTime.format(toDate(value)),
    number: (value) => numbers.format(value),
  };
}

/** Pick the best supported locale from an Accept-Language header (q-values respected). */
export function negotiateLocale(header: string | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag !== '' && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}
