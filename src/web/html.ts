// The escaping renderer: every interpolated value is HTML-escaped unless it is already SafeHtml.
// Views build pages only through `html\`…\``; `raw()` is reserved for trusted, pre-rendered markup.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Mark trusted markup (already escaped or sanitised) as safe. Never pass user input here. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export function join(parts: SafeHtml[], separator: SafeHtml | string = ''): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(parts.map((p) => p.value).join(sep));
}

export { localPath, safeUrl } from '../lib/urls.ts';
