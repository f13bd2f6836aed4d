// The support page and request form (public), and the editors' inbox (under each /{locale}).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { fieldErrorsFrom, typedValues, type FieldErrors } from '../../web/forms.ts';
import { currentActor, guard } from '../../web/guards.ts';
import { notFound } from '../../web/errors.ts';
import { sendPage } from '../../web/render.ts';
import { listRegions } from '../reference/service.ts';
import { regionName } from '../reference/domain/regions.ts';
import { COUNTRY_CODES } from '../reference/domain/vocabulary.ts';
import { can } from './policy.ts';
import { IdParams, InboxQuery, MessageBody, NoteBody, RequestBody, StatusBody } from './schema.ts';
import {
  addNote,
  changeStatus,
  dossierFromRequest,
  inboxPage,
  reply as replyToRequest,
  requestPage,
  shownToken,
  submitRequest,
} from './service.ts';
import { inboxView, requestView } from './views-inbox.ts';
import { sentView, supportView } from './views.ts';
import { Type } from 'typebox';
import { taskforcePaths } from '../taskforces/paths.ts';
import { supportPaths } from './paths.ts';

export async function supportRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  const renderForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values: Record<string, string>,
    errors: FieldErrors = {},
    formError?: string,
  ) =>
    sendPage(
      request,
      reply,
      {
        title: request.tr.t('support.title'),
        section: 'support',
        body: supportView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          shown: await shownToken(deps),
          values,
          errors,
          formError,
          countries: COUNTRY_CODES.filter((c) => c !== 'EU'),
          regions: await listRegions(deps.db),
        }),
      },
      status,
    );

  app.get('/support', async (request, reply) => renderForm(request, reply, 200, {}));

  app.post('/support', { schema: { body: RequestBody }, attachValidation: true }, async (request, reply) => {
    const values = typedValues(request.body, ['_csrf', 'shown', 'homepage']);
    if (request.validationError) {
      const errors = fieldErrorsFrom(request.validationError.validation);
      if (errors.consent) errors.consent = { key: 'validation.required' };
      return renderForm(request, reply, 400, values, errors);
    }
    const body = request.body;
    const result = await submitRequest(
      deps,
      { ...body, region: body.region || null },
      { ip: request.ip, locale: request.locale },
    );
    if (result.ok) return reply.redirect(supportPaths.sent(request.locale, result.reference), 303);
    switch (result.reason) {
      case 'dropped':
        return reply.redirect(supportPaths.sent(request.locale), 303);
      case 'expired':
        return renderForm(request, reply, 400, values, {}, request.tr.t('support.form.expired'));
      case 'throttled':
        return renderForm(
          request,
          reply.header('retry-after', Math.ceil(result.retryAfterMs / 1000)),
          429,
          values,
          {},
          request.tr.t('support.form.throttled', {
            minutes: Math.max(1, Math.ceil(result.retryAfterMs / 60_000)),
          }),
        );
      case 'unknown_country':
        return renderForm(request, reply, 400, values, { country: { key: 'validation.choice' } });
      case 'unknown_region':
        return renderForm(request, reply, 400, values, { region: { key: 'validation.choice' } });
    }
  });

  app.get(
    '/support/sent',
    {
      schema: {
        querystring: Type.Object({
          ref: Type.Optional(Type.String({ maxLength: 40, pattern: '^SR-[0-9]{4}-[A-Z0-9]{5}$' })),
        }),
      },
    },
    async (request, reply) =>
      sendPage(request, reply, {
        title: request.tr.t('support.sent.title'),
        section: 'support',
        index: false,
        body: sentView(request.tr, request.query.ref ?? null),
      }),
  );

  const readInbox = guard((u) => can(u, 'inbox.read'));
  const update = guard((u) => can(u, 'request.update'));

  app.get(
    '/support/inbox',
    { preHandler: readInbox, schema: { querystring: InboxQuery } },
    async (request, reply) => {
      const page = request.query.page ?? 1;
      const inbox = await inboxPage(deps, { status: request.query.status, page });
      if (!inbox) return notFound(request, reply);
      const { items, total, counts, pageCount } = inbox;
      return sendPage(request, reply, {
        title: request.tr.t('support.inbox.title'),
        section: 'support',
        index: false,
        body: inboxView({
          tr: request.tr,
          locale: request.locale,
          requests: items,
          total,
          counts,
          status: request.query.status,
          page,
          pageCount,
        }),
      });
    },
  );

  const renderRequest = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    status: number,
    values: Record<string, string> = {},
    errors: FieldErrors = {},
  ) => {
    const page = await requestPage(deps, id);
    if (!page) return notFound(request, reply);
    const { request: found, messages, region, dossierSlug } = page;
    return sendPage(
      request,
      reply,
      {
        title: `${found.reference} · ${found.organisationName}`,
        section: 'support',
        index: false,
        body: requestView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          request: found,
          messages,
          regionLabel: region ? regionName(region, request.locale) : null,
          errors,
          values,
          canCreateDossier:
            found.status === 'accepted' &&
            !found.dossierItemId &&
            can(request.session?.user, 'request.toDossier'),
          dossierSlug,
        }),
      },
      status,
    );
  };

  app.get(
    '/support/inbox/:id',
    { preHandler: readInbox, schema: { params: IdParams } },
    async (request, reply) => renderRequest(request, reply, request.params.id, 200),
  );

  app.post(
    '/support/inbox/:id/status',
    { preHandler: update, schema: { params: IdParams, body: StatusBody }, attachValidation: true },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      if (request.validationError)
        return renderRequest(
          request,
          reply,
          id,
          400,
          {},
          fieldErrorsFrom(request.validationError.validation),
        );
      const result = await changeStatus(deps, request.session!.user.id, id, request.body.status);
      if (!result.ok && result.reason === 'not_found') return notFound(request, reply);
      void reply.setFlash({
        key: result.ok ? 'support.inbox.statusSaved' : 'support.inbox.unchanged',
        kind: result.ok ? 'success' : 'info',
      });
      return reply.redirect(supportPaths.request(request.locale, id), 303);
    },
  );

  app.post(
    '/support/inbox/:id/reply',
    {
      preHandler: guard((u) => can(u, 'request.reply')),
      schema: { params: IdParams, body: MessageBody },
      attachValidation: true,
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      if (request.validationError)
        return renderRequest(
          request,
          reply,
          id,
          400,
          typedValues(request.body),
          fieldErrorsFrom(request.validationError.validation),
        );
      const result = await replyToRequest(deps, request.session!.user.id, id, request.body.body);
      if (!result.ok) return notFound(request, reply);
      return reply
        .setFlash({ key: 'support.inbox.replySent', kind: 'success' })
        .redirect(supportPaths.request(request.locale, id), 303);
    },
  );

  app.post(
    '/support/inbox/:id/dossier',
    { preHandler: guard((u) => can(u, 'request.toDossier')), schema: { params: IdParams } },
    async (request, reply) => {
      const result = await dossierFromRequest(deps, currentActor(request)!, request.params.id);
      if (result.ok)
        return reply
          .setFlash({ key: 'support.inbox.dossierCreated', kind: 'success' })
          .redirect(taskforcePaths.edit(request.locale, result.slug), 303);
      if (result.reason === 'not_found') return notFound(request, reply);
      return renderRequest(request, reply, request.params.id, 409);
    },
  );

  app.post(
    '/support/inbox/:id/note',
    { preHandler: update, schema: { params: IdParams, body: NoteBody }, attachValidation: true },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      if (request.validationError)
        return renderRequest(
          request,
          reply,
          id,
          400,
          typedValues(request.body),
          fieldErrorsFrom(request.validationError.validation),
        );
      const result = await addNote(deps, request.session!.user.id, id, request.body.note);
      if (!result.ok) return notFound(request, reply);
      return reply
        .setFlash({ key: 'support.inbox.noteAdded', kind: 'success' })
        .redirect(supportPaths.request(request.locale, id), 303);
    },
  );
}
