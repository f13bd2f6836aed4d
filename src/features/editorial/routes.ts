// Editorial work under each /{locale}: the dashboard and "New item" here; the item, version,
// revision and attachment pages in their own files. Every page is guarded by the items policy.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { signedInActor, guard } from '../../web/guards.ts';
import { refuse, forbidden } from '../../web/errors.ts';
import { sendPrivatePage, redirectWithFlash } from '../../web/render.ts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FieldErrors } from '../../web/forms.ts';
import { canCreateItem } from '../items/policy.ts';
import { createItem } from '../items/service.ts';
import { isOneOf } from '../reference/domain/vocabulary.ts';
import { ITEM_TYPES, type ItemType } from '../../kernel/content-types.ts';
import { attachmentRoutes } from './routes-attachment.ts';
import {
  formErrors,
  formValues,
  recordFromForm,
  referenceErrors,
  versionFromForm,
  type FormValues,
  CreateBody,
  CreateQuery,
  DashboardQuery,
} from './schema.ts';
import { itemRoutes } from './routes-item.ts';
import { editorialPaths } from './paths.ts';
import { canUseEditorial, isEditorial } from './policy.ts';
import { DASHBOARD_PAGE_SIZE, dashboard, formChoices } from './service.ts';
import { versionRoutes } from './routes-version.ts';
import { chooseTypeView, createView, dashboardView } from './views/dashboard.ts';

export async function editorialRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const editorial = guard(canUseEditorial);
  const base = (request: FastifyRequest) => ({
    tr: request.tr,
    locale: request.locale,
    csrfToken: request.csrfToken,
  });

  app.get(
    '/editorial',
    { preHandler: editorial, schema: { querystring: DashboardQuery } },
    async (request, reply) => {
      const actor = signedInActor(request);
      const page = request.query.page ?? 1;
      const q = request.query.q?.trim() ?? '';
      const data = await dashboard(deps, actor, { q, page });
      const pageCount = Math.max(1, Math.ceil(data.total / DASHBOARD_PAGE_SIZE));
      const body = dashboardView({
        ...base(request),
        ...data,
        editorial: isEditorial(actor),
        hasOrganisation: actor.organisationId !== null,
        q,
        page: Math.min(page, pageCount),
        pageCount,
      });
      return sendPrivatePage(request, reply, request.tr.t('editorial.dashboard.title'), body);
    },
  );

  const renderCreate = async (
    request: FastifyRequest,
    reply: FastifyReply,
    type: ItemType,
    status: number,
    values: FormValues,
    errors: FieldErrors = {},
    formError?: string,
  ) => {
    const actor = signedInActor(request);
    const choices = await formChoices(deps, actor);
    const body = createView({
      ...base(request),
      ...choices,
      type,
      values,
      errors,
      formError,
      chooseOrganisation: isEditorial(actor),
    });
    return sendPrivatePage(
      request,
      reply,
      request.tr.t('editorial.newItemOfType', { type: request.tr.t(`type.${type}`) }),
      body,
      status,
    );
  };
  const renderChooser = (request: FastifyRequest, reply: FastifyReply, status: number) =>
    sendPrivatePage(
      request,
      reply,
      request.tr.t('editorial.newItem'),
      chooseTypeView({ ...base(request), error: status !== 200 }),
      status,
    );

  app.get(
    '/editorial/items/new',
    { preHandler: editorial, schema: { querystring: CreateQuery } },
    async (request, reply) => {
      const actor = signedInActor(request);
      if (!canCreateItem(actor, actor.organisationId)) return forbidden(request, reply);
      const type = request.query.type;
      if (!isOneOf(ITEM_TYPES, type)) return renderChooser(request, reply, type === undefined ? 200 : 400);
      return renderCreate(request, reply, type, 200, {
        lang: request.locale,
        visibility: 'public',
        organisationId: actor.organisationId ?? '',
      });
    },
  );

  app.post(
    '/editorial/items/new',
    { preHandler: editorial, schema: { querystring: CreateQuery, body: CreateBody }, attachValidation: true },
    async (request, reply) => {
      const actor = signedInActor(request);
      if (!canCreateItem(actor, actor.organisationId)) return forbidden(request, reply);
      const values = formValues(request.body);
      const type = [values.type, request.query.type].find((t): t is ItemType => isOneOf(ITEM_TYPES, t));
      if (!type) return renderChooser(request, reply, 400);
      if (request.validationError)
        return renderCreate(
          request,
          reply,
          type,
          400,
          values,
          formErrors(request.validationError.validation),
        );
      const record = recordFromForm(type, request.body);
      const text = versionFromForm(type, request.body);
      if (!record.ok || !text.ok)
        return renderCreate(request, reply, type, 400, values, {
          ...(record.ok ? {} : record.errors),
          ...(text.ok ? {} : text.errors),
        });
      const organisationId = isEditorial(actor) ? request.body.organisationId || null : actor.organisationId;
      const lang = request.body.lang;
      const result = await createItem(deps, actor, {
        type,
        originalLang: lang,
        organisationId,
        ...record.value,
        lang,
        text: text.value,
      });
      if (!result.ok) {
        if (result.reason !== 'unknown_reference') return refuse(request, reply, result.reason);
        const { errors, formErrorKey } = referenceErrors(result.detail);
        return renderCreate(
          request,
          reply,
          type,
          400,
          values,
          errors,
          formErrorKey ? request.tr.t(formErrorKey) : undefined,
        );
      }
      return redirectWithFlash(
        reply,
        editorialPaths.editItem(request.locale, result.slug),
        'editorial.flash.created',
      );
    },
  );

  await app.register(itemRoutes);
  await app.register(versionRoutes);
  await app.register(attachmentRoutes);
}
