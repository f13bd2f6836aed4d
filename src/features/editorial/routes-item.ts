// The edit page of an item: the record form (updateItemRecord), adding a translation, and
// deleting the item (editors, after a confirmation page).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { signedInActor, guard } from '../../web/guards.ts';
import { refuse, forbidden, notFound } from '../../web/errors.ts';
import { sendPrivatePage, redirectWithFlash } from '../../web/render.ts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Deps } from '../../deps.ts';
import type { FieldErrors } from '../../web/forms.ts';
import type { ItemRecord } from '../items/domain/records.ts';
import { listVersions, readLinks, deleteItem, updateItemRecord } from '../items/service.ts';
import { CONTENT_LANGUAGES, isOneOf } from '../reference/domain/vocabulary.ts';
import {
  formErrors,
  formValues,
  recordFromForm,
  referenceErrors,
  valuesFromItem,
  type FormValues,
  CsrfOnlyBody,
  RecordBody,
  SlugParams,
  TranslateQuery,
} from './schema.ts';
import { editorialPaths } from './paths.ts';
import { availableTransitions, canDeleteItem, canUseEditorial, isEditorial } from './policy.ts';
import { editPage, loadEditable } from './service.ts';
import { deleteView, editView, workingTitle } from './views/edit.ts';

export interface EditOverrides {
  values?: FormValues;
  errors?: FieldErrors;
  attachmentError?: string;
  attachmentValues?: FormValues;
}

/** The edit page, fresh or with the record form (or the upload form) sent back with errors. */
export async function renderEdit(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  item: ItemRecord,
  status: number,
  o: EditOverrides = {},
): Promise<FastifyReply> {
  const actor = signedInActor(request);
  const data = await editPage(deps, actor, item);
  const working = workingTitle(item, data.versions);
  const body = editView({
    tr: request.tr,
    locale: request.locale,
    csrfToken: request.csrfToken,
    item,
    ...data,
    transitions: Object.fromEntries(data.versions.map((v) => [v.lang, availableTransitions(actor, item, v)])),
    values: o.values ?? valuesFromItem(item, data.links),
    errors: o.errors ?? {},
    attachmentError: o.attachmentError,
    attachmentValues: o.attachmentValues,
    chooseOrganisation: isEditorial(actor),
    canDelete: canDeleteItem(actor),
    isAdmin: actor.role === 'admin',
    organisationName: data.organisations.find((org) => org.id === item.organisationId)?.name ?? null,
  });
  return sendPrivatePage(
    request,
    reply,
    request.tr.t('editorial.edit.pageTitle', { title: working.title }),
    body,
    status,
  );
}

export async function itemRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const editorial = guard(canUseEditorial);

  app.get(
    '/editorial/items/:slug',
    { preHandler: editorial, schema: { params: SlugParams } },
    async (request, reply) => {
      const loaded = await loadEditable(deps, request.params.slug, signedInActor(request));
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      return renderEdit(deps, request, reply, loaded.item, 200);
    },
  );

  app.post(
    '/editorial/items/:slug',
    { preHandler: editorial, schema: { params: SlugParams, body: RecordBody }, attachValidation: true },
    async (request, reply) => {
      const actor = signedInActor(request);
      const loaded = await loadEditable(deps, request.params.slug, actor);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const { item } = loaded;
      const values = formValues(request.body);
      if (request.validationError)
        return renderEdit(deps, request, reply, item, 400, {
          values,
          errors: formErrors(request.validationError.validation),
        });
      const record = recordFromForm(item.type, request.body, await readLinks(deps.db, item.id));
      if (!record.ok) return renderEdit(deps, request, reply, item, 400, { values, errors: record.errors });
      const organisationId = isEditorial(actor) ? request.body.organisationId || null : item.organisationId;
      const result = await updateItemRecord(deps, actor, item.id, {
        originalLang: request.body.originalLang,
        organisationId,
        ...record.value,
      });
      if (!result.ok) {
        if (result.reason !== 'unknown_reference') return refuse(request, reply, result.reason);
        const { errors, formErrorKey } = referenceErrors(result.detail);
        return renderEdit(deps, request, reply, item, 400, {
          values,
          errors: formErrorKey ? { organisationId: { key: formErrorKey } } : errors,
        });
      }
      return redirectWithFlash(
        reply,
        editorialPaths.editItem(request.locale, item.slug),
        'editorial.flash.recordSaved',
      );
    },
  );

  app.get(
    '/editorial/items/:slug/translate',
    { preHandler: editorial, schema: { params: SlugParams, querystring: TranslateQuery } },
    async (request, reply) => {
      const loaded = await loadEditable(deps, request.params.slug, signedInActor(request));
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const lang = request.query.lang;
      if (!isOneOf(CONTENT_LANGUAGES, lang)) return notFound(request, reply);
      return reply.redirect(editorialPaths.version(request.locale, loaded.item.slug, lang), 303);
    },
  );

  const loadForDelete = async (request: FastifyRequest, slug: string) => {
    const actor = signedInActor(request);
    const loaded = await loadEditable(deps, slug, actor);
    if (loaded.ok && !canDeleteItem(actor)) return { ok: false as const, reason: 'forbidden' as const };
    return loaded;
  };

  app.get(
    '/editorial/items/:slug/delete',
    { preHandler: editorial, schema: { params: SlugParams } },
    async (request, reply) => {
      const loaded = await loadForDelete(request, request.params.slug);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const versions = await listVersions(deps.db, loaded.item.id);
      const working = workingTitle(loaded.item, versions);
      const body = deleteView({
        tr: request.tr,
        locale: request.locale,
        csrfToken: request.csrfToken,
        item: loaded.item,
        title: working.title,
        titleLang: working.lang,
      });
      return sendPrivatePage(request, reply, request.tr.t('editorial.delete.confirmTitle'), body);
    },
  );

  app.post(
    '/editorial/items/:slug/delete',
    { preHandler: editorial, schema: { params: SlugParams, body: CsrfOnlyBody } },
    async (request, reply) => {
      const loaded = await loadForDelete(request, request.params.slug);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const result = await deleteItem(deps, signedInActor(request), loaded.item.id);
      if (!result.ok)
        return result.reason === 'forbidden' ? forbidden(request, reply) : notFound(request, reply);
      return redirectWithFlash(reply, editorialPaths.dashboard(request.locale), 'editorial.flash.deleted');
    },
  );
}
