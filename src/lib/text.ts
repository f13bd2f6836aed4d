// Text helpers shared by search, teasers and slugs. Pure functions; no imports from features.

/** Lower-case, strip diacritics and punctuation: the form both search indexes store and query. */
export function normaliseForSearch(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Search terms from free input: letters and digits only, at most `max` terms of 40 characters. */
export function searchTerms(input: string, max = 8): string[] {
  const terms = normaliseForSearch(input.slice(0, 500))
    .split(' ')
    .filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, max).map((t) => t.slice(0, 40));
}

export function slugify(input: string, maxLength = 80): string {
  const slug = input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** Plain text from Markdown, good enough for teasers and the search index. */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cut at a word boundary, never inside a word, with an ellipsis when something was cut. */
export function teaser(text: string, maxLength = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Only a first word longer than the limit (a pasted URL) is cut inside; any other cut is between words.
  const base = (
    lastSpace > 0 ? cut.slice(0, lastSpace) : Array.from(clean).slice(0, maxLength).join('')
  ).replace(/[\s,;:.\-–—]+$/, '');
  return `${base}…`;
}

/** Key for matching organisation names and aliases: case, accents, punctuation and spacing ignored. */
export function nameKey(input: string): string {
  return normaliseForSearch(input).replace(/\s+/g, ' ');
}

const collators = new Map<string, Intl.Collator>();

/** A cached collator's compare for a locale (String#localeCompare with a locale builds one per call). */
export function compareIn(locale: string): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator.compare;
}
