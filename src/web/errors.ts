// One error handler and one not-found handler for the whole app. Pages are localised and never
// show internals; API errors are {"error":{"code","message"}} with the same status.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MessageKey } from '../i18n/index.ts';
import { html } from './html.ts';
import { shellPaths } from './paths.ts';
import { sendPage } from './render.ts';

interface Described {
  status: number;
  code: string;
  title: MessageKey;
  body: MessageKey;
}

function describe(error: FastifyError & { validation?: unknown }): Described {
  const status = error.statusCode ?? 500;
  if (error.code === 'HELIX_CSRF')
    return { status: 403, code: 'csrf', title: 'error.csrf.title', body: 'error.csrf.body' };
  if (error.validation)
    return { status: 400, code: 'bad_request', title: 'error.400.title', body: 'error.400.body' };
  switch (status) {
    case 400:
      return { status, code: 'bad_request', title: 'error.400.title', body: 'error.400.body' };
    case 401:
    case 403:
      return {
        status,
        code: status === 401 ? 'unauthorized' : 'forbidden',
        title: 'error.403.title',
        body: 'error.403.body',
      };
    case 404:
      return { status, code: 'not_found', title: 'error.404.title', body: 'error.404.body' };
    case 405:
      return { status, code: 'method_not_allowed', title: 'error.405.title', body: 'error.400.body' };
    case 413:
      return { status, code: 'payload_too_large', title: 'error.413.title', body: 'error.413.body' };
    case 415:
      return { status, code: 'unsupported_media_type', title: 'error.415.title', body: 'error.415.body' };
    case 429:
      return { status, code: 'too_many_requests', title: 'error.429.title', body: 'error.429.body' };
    default:
      return status >= 400 && status < 500
        ? { status, code: 'bad_request', title: 'error.400.title', body: 'error.400.body' }
        : { status: 500, code: 'internal', title: 'error.500.title', body: 'error.500.body' };
  }
}

export function sendError(request: FastifyRequest, reply: FastifyReply, d: Described): FastifyReply {
  const tr = request.tr;
  if (request.isApi || !tr) {
    return reply
      .code(d.status)
      .type('application/json; charset=utf-8')
      .send({ error: { code: d.code, message: tr ? tr.t(d.body) : d.code } });
  }
  const body = html`<div class="error-page">
  <h1>${tr.t(d.title)}</h1>
  <p>${tr.t(d.body)}</p>
  ${d.status >= 500 ? html`<p class="muted">${tr.t('error.reference', { id: request.id })}</p>` : ''}
  <p><a href="${shellPaths.home(request.locale)}">${tr.t('error.home')}</a></p>
</div>`;
  return sendPage(request, reply, { title: tr.t(d.title), body, index: false }, d.status);
}

export function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendError(request, reply, {
    status: 404,
    code: 'not_found',
    title: 'error.404.title',
    body: 'error.404.body',
  });
}

export function forbidden(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendError(request, reply, {
    status: 403,
    code: 'forbidden',
    title: 'error.403.title',
    body: 'error.403.body',
  });
}

/** A service's refusal as a page: 'forbidden' → 403, anything else (not found) → 404. */
export function refuse(request: FastifyRequest, reply: FastifyReply, reason: string): FastifyReply {
  return reason === 'forbidden' ? forbidden(request, reply) : notFound(request, reply);
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => notFound(request, reply));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const d = describe(error);
    if (d.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: error.code, status: d.status, msg: error.message }, 'request refused');
    const headers = (error as { headers?: Record<string, string> }).headers;
    if (d.status === 429 && headers) void reply.headers(headers);
    return sendError(request, reply, d);
  });
}
