// Search-result snippets: the stretch of text (about 200 characters, cut between words) that holds
// the most search terms, with every matching word wrapped in <mark>. Matching follows the search
// index: accent- and case-insensitive, each term a prefix of a word. Everything else is escaped.
import { normaliseForSearch } from '../../../lib/text.ts';

export interface SnippetPart {
  text: string;
  match: boolean;
}

interface Word {
  start: number;
  end: number;
  /** Index of the term the word matches, or -1. */
  term: number;
}

// Enough candidate windows for a good choice without quadratic work on long texts.
const MAX_MATCHES = 400;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Letters and digits start a word; they and combining marks (decomposed accents) continue it. */
function wordChar(text: string, at: number, start: boolean): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  return LETTER_OR_DIGIT.test(ch) || (!start && MARK.test(ch)) ? ch.length : 0;
}

function matchingTerm(word: string, terms: string[]): number {
  // Most words are plain ASCII, for which normalising is lower-casing (and cheaper by far).
  if (ASCII_WORD.test(word)) {
    const lower = word.toLowerCase();
    return terms.findIndex((t) => t.length > 0 && lower.startsWith(t));
  }
  const parts = normaliseForSearch(word).split(' ');
  return terms.findIndex((t) => t.length > 0 && parts.some((p) => p.startsWith(t)));
}

function findMatches(text: string, terms: string[]): Word[] {
  const found: Word[] = [];
  if (terms.length === 0) return found;
  // A word whose first character is ASCII can only match a term beginning with that letter.
  const initials = new Set(terms.map((t) => t.charCodeAt(0)));
  let at = 0;
  while (at < text.length && found.length < MAX_MATCHES) {
    const first = wordChar(text, at, true);
    if (first === 0) {
      at++;
      continue;
    }
    const start = at;
    at += first;
    for (let n = wordChar(text, at, false); n > 0; n = wordChar(text, at, false)) at += n;
    const code = text.charCodeAt(start);
    if (code < 128 && !initials.has(code | (code >= 65 && code <= 90 ? 32 : 0))) continue;
    const term = matchingTerm(text.slice(start, at), terms);
    if (term >= 0) found.push({ start, end: at, term });
  }
  return found;
}

/** The window start that covers the most distinct terms (then the most matches). */
function bestStart(matches: Word[], maxLength: number): number {
  const lead = Math.floor(maxLength / 5);
  const all = new Set(matches.map((m) => m.term)).size;
  let best = { start: 0, distinct: -1, count: -1 };
  for (let i = 0; i < matches.length; i++) {
    const start = Math.max(0, matches[i]!.start - lead);
    const inside = matches.filter((m) => m.start >= start && m.end <= start + maxLength);
    const distinct = new Set(inside.map((m) => m.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count))
      best = { start, distinct, count: inside.length };
    // The earliest window holding every term is as good as any later one.
    if (distinct === all) break;
  }
  return best.start;
}

/** Move a cut point to a gap between words so no word is ever truncated. */
function window(text: string, start: number, maxLength: number): { from: number; to: number } {
  let from = start;
  if (from > 0) {
    const gap = text.slice(0, from).search(/\s\S*$/);
    from = gap >= 0 ? gap + 1 : 0;
  }
  let to = Math.min(text.length, from + maxLength);
  if (to < text.length) {
    const lastGap = text.slice(from, to + 1).search(/\s\S*$/);
    if (lastGap > 0) to = from + lastGap;
  }
  return { from, to };
}

export function snippetParts(input: string, terms: string[], maxLength = 200): SnippetPart[] {
  const text = input.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const matches = findMatches(text, terms);
  const { from, to } = window(text, matches.length ? bestStart(matches, maxLength) : 0, maxLength);
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '… ', match: false });
  let at = from;
  for (const m of matches) {
    if (m.start < from || m.end > to) continue;
    if (m.start > at) parts.push({ text: text.slice(at, m.start), match: false });
    parts.push({ text: text.slice(m.start, m.end), match: true });
    at = m.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), match: false });
  if (to < text.length) parts.push({ text: ' …', match: false });
  return parts;
}

/** The snippet as plain text (for the JSON API). */
export function snippetText(text: string, terms: string[], maxLength = 200): string {
  return snippetParts(text, terms, maxLength)
    .map((p) => p.text)
    .join('');
}

export function hasMatch(text: string, terms: string[]): boolean {
  return findMatches(text.slice(0, 20_000), terms).length > 0;
}

/** The whole text (a title) in parts, its matching words marked. */
export function highlightParts(input: string, terms: string[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const m of findMatches(input, terms)) {
    parts.push(
      { text: input.slice(at, m.start), match: false },
      { text: input.slice(m.start, m.end), match: true },
    );
    at = m.end;
  }
  parts.push({ text: input.slice(at), match: false });
  return parts;
}
