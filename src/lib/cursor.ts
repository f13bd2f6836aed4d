// Opaque page cursors of the JSON API: base64url text a client hands back unchanged. A date
// cursor names the (sort date, id) of the last row of a page; a slug cursor the last slug.
// Decoding accepts only what encoding can produce, so a forged cursor is refused, never queried.

export interface Cursor {
  sortDate: string | null;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sortDate, c.id])).toString('base64url');
}

/** Any well-formed (date, id) pair; null for anything else. */
export function decodeCursor(value: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [sortDate, id] = parsed as unknown[];
    if ((sortDate !== null && typeof sortDate !== 'string') || typeof id !== 'string' || id.length > 64)
      return null;
    return { sortDate, id };
  } catch {
    return null;
  }
}

/** A (date, id) cursor as the API hands them out; anything else (forged, NUL bytes) is null. */
export function decodeApiCursor(value: string): Cursor | null {
  const cursor = decodeCursor(value);
  if (!cursor || !/^[0-9A-Za-z-]{1,64}$/.test(cursor.id)) return null;
  if (cursor.sortDate !== null && !/^\d{4}-\d{2}-\d{2}(T[\d:.]{2,12})?$/.test(cursor.sortDate)) return null;
  return cursor;
}

export function encodeSlugCursor(slug: string): string {
  return Buffer.from(slug).toString('base64url');
}

/** The slug of a slug cursor, or null when it is no slug. */
export function decodeSlugCursor(value: string): string | null {
  const slug = Buffer.from(value, 'base64url').toString('utf8');
  return /^[a-z0-9][a-z0-9-]{0,199}$/.test(slug) ? slug : null;
}
