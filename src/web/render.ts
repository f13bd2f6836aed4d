// Turning a view into a response: the page context comes from the request, the shell from
// layout.ts. The language of the page the reader is on becomes their remembered choice.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AssetManifest } from './assets.ts';
import { LOCALE_COOKIE, isSecureRequest, localeFromPath } from './context.ts';
import { layout, type PageContext, type PageOptions } from './layout.ts';
import type { Deps } from '../deps.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { SafeHtml } from './html.ts';

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
    assets: AssetManifest;
  }
}

export function pageContext(request: FastifyRequest): PageContext {
  const url = request.url;
  const hasPrefix = localeFromPath(url) !== null;
  const rest = hasPrefix ? url.slice(1 + request.locale.length) : url;
  return {
    tr: request.tr,
    locale: request.locale,
    user: request.session?.user ?? null,
    csrfToken: request.csrfToken,
    pathInLocale: rest === '' ? '/' : rest,
    flash: request.flash,
    assets: request.server.assets,
    baseUrl: request.server.deps.config.baseUrl,
    site: request.server.site,
  };
}

export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: PageOptions,
  status = 200,
): FastifyReply {
  const ctx = pageContext(request);
  if (localeFromPath(request.url) && request.cookies[LOCALE_COOKIE] !== request.locale) {
    void reply.setCookie(LOCALE_COOKIE, request.locale, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      maxAge: 365 * 24 * 3600,
      secure: isSecureRequest(request, request.server.deps.config.baseUrl),
    });
  }
  if (request.session || page.index === false) void reply.header('cache-control', 'private, no-store');
  return reply.code(status).type('text/html; charset=utf-8').send(layout(ctx, page).value);
}

/** A page that search engines must not index (forms, pages behind sign-in). */
export function sendPrivatePage(
  request: FastifyRequest,
  reply: FastifyReply,
  title: string,
  body: SafeHtml,
  status = 200,
): FastifyReply {
  return sendPage(request, reply, { title, body, index: false }, status);
}

/** POST-redirect-GET with a one-shot success message. */
export function redirectWithFlash(
  reply: FastifyReply,
  url: string,
  key: MessageKey,
  params: Record<string, string> = {},
): FastifyReply {
  return reply.setFlash({ key, params, kind: 'success' }).redirect(url, 303);
}
