// Per-request context: the reader's locale and translator, the signed-in session, the CSRF
// token and a one-shot flash message. Registered once, before any feature route.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Deps } from '../deps.ts';
import {
  DEFAULT_LOCALE,
  isLocale,
  isMessageKey,
  negotiateLocale,
  translator,
  type Locale,
  type MessageKey,
  type Translator,
} from '../i18n/index.ts';
import { hmac, randomToken, safeEqual } from '../lib/tokens.ts';
import type { CurrentSession } from '../kernel/identity.ts';

export const SESSION_COOKIE = 'helix_session';
export const CSRF_COOKIE = 'helix_csrf';
export const LOCALE_COOKIE = 'helix_locale';
export const FLASH_COOKIE = 'helix_flash';

export interface Flash {
  key: MessageKey;
  params?: Record<string, string>;
  kind: 'success' | 'info' | 'error';
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    tr: Translator;
    session: CurrentSession | null;
    csrfToken: string;
    flash: Flash | null;
    /** True for /api/… requests: errors are JSON, not pages. */
    isApi: boolean;
  }
  interface FastifyReply {
    setFlash(flash: Flash): FastifyReply;
  }
  interface FastifyContextConfig {
    /** Set to false on the rare unsafe route that must accept requests without a CSRF token. */
    csrf?: boolean;
  }
}

const SKIP_SESSION = /^\/(assets\/|healthz$|readyz$|favicon)/;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function localeFromPath(url: string): Locale | null {
  const first = url.split(/[/?#]/)[1];
  return isLocale(first) ? first : null;
}

/** The locale for pages without one in the path: cookie first, then Accept-Language. */
export function preferredLocale(request: FastifyRequest): Locale {
  const cookie = request.cookies[LOCALE_COOKIE];
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(request.headers['accept-language']) ?? DEFAULT_LOCALE;
}

export function isSecureRequest(request: FastifyRequest, baseUrl: string): boolean {
  return request.protocol === 'https' || baseUrl.startsWith('https:');
}

function readFlash(raw: string | undefined): Flash | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Flash>;
    if (!isMessageKey(parsed.key)) return null;
    const kind = parsed.kind === 'error' || parsed.kind === 'info' ? parsed.kind : 'success';
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed.params ?? {}))
      if (typeof v === 'string') params[k] = v.slice(0, 200);
    return { key: parsed.key, params, kind };
  } catch {
    return null;
  }
}

/** True when any string in a parsed body holds a NUL character. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return false;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (key.includes('\u0000') || containsNul(inner, depth + 1)) return true;
  }
  return false;
}

export function csrfTokenFor(secret: string, cookieValue: string, sessionId: string | null): string {
  return hmac(secret, `${cookieValue}.${sessionId ?? ''}`);
}

interface ContextOptions {
  deps: Deps;
  csrfSecret: string;
  /** The session a cookie stands for (the auth module's resumeSession), or null. */
  resumeSession: (deps: Deps, token: string) => Promise<CurrentSession | null>;
}

async function contextPlugin(
  app: FastifyInstance,
  { deps, csrfSecret, resumeSession }: ContextOptions,
): Promise<void> {
  app.decorateRequest('locale', DEFAULT_LOCALE);
  app.decorateRequest('tr', null as unknown as Translator);
  app.decorateRequest('session', null);
  app.decorateRequest('csrfToken', '');
  app.decorateRequest('flash', null);
  app.decorateRequest('isApi', false);
  app.decorateReply('setFlash', function (this: FastifyReply, flash: Flash) {
    const value = Buffer.from(JSON.stringify(flash)).toString('base64url');
    return this.setCookie(FLASH_COOKIE, value, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      maxAge: 60,
      secure: isSecureRequest(this.request, deps.config.baseUrl),
    });
  });

  app.addHook('onRequest', async (request, reply) => {
    request.isApi = request.url.startsWith('/api/');
    request.locale = localeFromPath(request.url) ?? preferredLocale(request);
    request.tr = translator(request.locale);
    if (SKIP_SESSION.test(request.url.split('?')[0] ?? '')) return;

    const secure = isSecureRequest(request, deps.config.baseUrl);
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.session = await resumeSession(deps, token);
      if (!request.session) void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    let csrfCookie = request.cookies[CSRF_COOKIE];
    if (!csrfCookie || !/^[A-Za-z0-9_-]{43}$/.test(csrfCookie)) {
      csrfCookie = randomToken();
      request.cookies[CSRF_COOKIE] = csrfCookie;
      if (!UNSAFE.has(request.method)) {
        void reply.setCookie(CSRF_COOKIE, csrfCookie, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      }
    }
    request.csrfToken = csrfTokenFor(csrfSecret, csrfCookie, request.session?.sessionId ?? null);
    if (request.cookies[FLASH_COOKIE]) {
      request.flash = readFlash(request.cookies[FLASH_COOKIE]);
      void reply.clearCookie(FLASH_COOKIE, { path: '/' });
    }
  });

  // CSRF: every unsafe request carries the token (form field `_csrf` or header X-CSRF-Token),
  // and a browser-sent Origin must be this site.
  app.addHook('preValidation', async (request, reply) => {
    if (request.body !== undefined && containsNul(request.body)) {
      return reply.send(Object.assign(new Error('NUL byte in the request body'), { statusCode: 400 }));
    }
    if (!UNSAFE.has(request.method) || request.routeOptions.config.csrf === false) return;
    const origin = request.headers.origin;
    const ownOrigins = [new URL(deps.config.baseUrl).origin, `${request.protocol}://${request.host}`];
    const body = request.body as Record<string, unknown> | undefined;
    const sent =
      (typeof body?._csrf === 'string' ? body._csrf : undefined) ?? request.headers['x-csrf-token'];
    const ok =
      (!origin || ownOrigins.includes(origin)) &&
      typeof sent === 'string' &&
      request.cookies[CSRF_COOKIE] !== undefined &&
      safeEqual(sent, request.csrfToken);
    if (!ok) {
      const error = Object.assign(new Error('CSRF token missing or invalid'), {
        statusCode: 403,
        code: 'HELIX_CSRF',
      });
      return reply.send(error);
    }
  });
}

export const requestContext = fp(contextPlugin, {
  name: 'helix-request-context',
  dependencies: ['@fastify/cookie'],
});
