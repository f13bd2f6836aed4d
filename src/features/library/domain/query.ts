// The search box's input rule: a query is cut to MAX_QUERY_LENGTH characters (by characters, never
// inside a surrogate pair) and trimmed; the page says when it was shortened. Pure; query.test.ts.

export const MAX_QUERY_LENGTH = 500;

/** Cut overlong input (by characters, never inside a surrogate pair). */
export function cutQuery(q: string | undefined): { q: string; shortened: boolean } {
  const chars = Array.from((q ?? '').slice(0, MAX_QUERY_LENGTH * 2 + 1));
  const cut = chars.slice(0, MAX_QUERY_LENGTH).join('').trim();
  return { q: cut, shortened: chars.length > MAX_QUERY_LENGTH };
}
