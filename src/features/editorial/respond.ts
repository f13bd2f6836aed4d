// Small response helpers shared by the editorial route files: the acting user, refusals as
// pages, the page shell options, and POST-redirect-GET with a flash message.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MessageKey } from '../../i18n/index.ts';
import { forbidden, notFound } from '../../web/errors.ts';
import { currentActor } from '../../web/guards.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { sendPage } from '../../web/render.ts';
import type { Actor } from './policy.ts';

/** The signed-in actor; the routes' guard has already turned visitors away. */
export function actorOf(request: FastifyRequest): Actor {
  const actor = currentActor(request);
  if (!actor) throw new Error('editorial route without a signed-in user');
  return actor;
}

export function refuse(request: FastifyRequest, reply: FastifyReply, reason: string): FastifyReply {
  return reason === 'forbidden' ? forbidden(request, reply) : notFound(request, reply);
}

export function editorialPage(
  request: FastifyRequest,
  reply: FastifyReply,
  title: string,
  body: SafeHtml,
  status = 200,
): FastifyReply {
  return sendPage(request, reply, { title, body, index: false }, status);
}

export function redirectWithFlash(
  reply: FastifyReply,
  url: string,
  key: MessageKey,
  params: Record<string, string> = {},
): FastifyReply {
  return reply.setFlash({ key, params, kind: 'success' }).redirect(url, 303);
}

/** A page for a request that conflicts with the current state (409), with a way back. */
export function conflict(
  request: FastifyRequest,
  reply: FastifyReply,
  message: string,
  back: string,
): FastifyReply {
  const tr = request.tr;
  const body = html`<div class="error-page">
  <h1>${tr.t('editorial.conflict.title')}</h1>
  <p>${message}</p>
  <p><a href="${back}">${tr.t('editorial.conflict.back')}</a></p>
</div>`;
  return editorialPage(request, reply, tr.t('editorial.conflict.title'), body, 409);
}
