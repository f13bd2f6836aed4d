// Expected API outcomes as values: a result, or a refusal the route turns into
// {"error":{"code","message"}} with its status, the message translated for the reader.
import type { Deps } from '../deps.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';

export type ApiRefusal = {
  ok: false;
  status: 400 | 401 | 403 | 404;
  code: string;
  key: MessageKey;
  params?: MessageParams;
};
export type ApiResult<T> = { ok: true; value: T } | ApiRefusal;

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

export function badRequest(code: string, key: MessageKey, params?: MessageParams): ApiRefusal {
  return { ok: false, status: 400, code, key, params };
}

export function notFound(key: MessageKey): ApiRefusal {
  return { ok: false, status: 404, code: 'not_found', key };
}

export const invalidCursor = (): ApiRefusal => badRequest('invalid_cursor', 'api.error.invalidCursor');

/** An absolute address on this site (BASE_URL has no trailing slash). */
export function absolute(deps: Pick<Deps, 'config'>, path: string): string {
  return `${deps.config.baseUrl}${path}`;
}

/** Quoted values for messages: “a”, “b”, “c” (long values cut). */
export function listing(values: string[]): string {
  return values.map((v) => `“${v.length > 60 ? `${v.slice(0, 60)}…` : v}”`).join(', ');
}
