// Which addresses may become links or redirects: user input and stored data never turn into a
// javascript: link or an open redirect.

/** Only http(s), mailto and site-relative URLs may become links; anything else is dropped. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (/^\/(?!\/)/.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** A site-local path for redirects after sign-in; anything pointing elsewhere becomes null. */
export function localPath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return /^\/(?![/\\])[^\s]*$/.test(value) && value.length < 2000 ? value : null;
}
