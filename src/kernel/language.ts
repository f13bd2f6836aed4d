// The one language-fallback rule, used for every per-language text (item versions, organisation
// descriptions, timeline titles and notes, region names): the reader's language; else the
// original language of the record, when it has one; else English (DEFAULT_LOCALE); else the
// first available language in alphabetical order, so the choice never depends on storage order.
// The fallback happens at read time only; pages mark fallback text with its own lang attribute.
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

/** The language to show, from the languages available; null when there are none. */
export function pickLanguage(
  available: Iterable<string>,
  locale: string,
  original?: string | null,
): string | null {
  const list = [...available];
  for (const lang of [locale, original, DEFAULT_LOCALE]) if (lang && list.includes(lang)) return lang;
  return list.sort()[0] ?? null;
}

/** One text of a per-language map (blank texts do not count), with its language; null when none. */
export function pickText(
  texts: Record<string, string | undefined>,
  locale: string,
  original?: string | null,
): { text: string; lang: string } | null {
  const available = Object.keys(texts).filter((lang) => (texts[lang] ?? '').trim() !== '');
  const lang = pickLanguage(available, locale, original);
  return lang ? { text: texts[lang]!, lang } : null;
}

/** A name from a per-language map, or `fallback` when the map has none. */
export function localName(
  names: Record<string, string | undefined>,
  locale: string,
  fallback: string,
): string {
  return pickText(names, locale)?.text ?? fallback;
}
