// Editors' taskforce pages (under each /{locale}): create a dossier, change its status and
// details, and curate its timeline through a search picker with a visitor's-eye preview.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { fieldErrorsFrom, localeField, localeTexts, typedValues, type FieldErrors } from '../../web/forms.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { currentActor, guard } from '../../web/guards.ts';
import { notFound } from '../../web/errors.ts';
import { sendPage } from '../../web/render.ts';
import { listOrganisationOptions } from '../organisations/service.ts';
import { detailsEditor, editedDossier, timelineEditor } from './service-editor.ts';
import { listRegions } from '../reference/service.ts';
import { COUNTRY_CODES, isOneOf } from '../reference/domain/vocabulary.ts';
import { taskforcePaths } from './paths.ts';
import { can } from './policy.ts';
import {
  DetailsBody,
  EntryBody,
  EntryParams,
  ItemBody,
  MilestoneBody,
  NewBody,
  PickerQuery,
  SlugParams,
} from './schema.ts';
import {
  addMilestone,
  addTimelineItem,
  createDossier,
  removeTimelineEntry,
  updateDetails,
  updateTimelineEntry,
} from './service.ts';
import { detailsEditorView, newDossierView, timelineEditorView, type TimelineForms } from './views-editor.ts';
import { parseMoment } from '../events/domain/dates.ts';
import { TASKFORCE_INSTRUMENTS, type TaskforceStatus } from './domain/vocabulary.ts';

/** A calendar date that exists (the pattern lets 2026-02-31 through). */
const realDay = (value: string) => parseMoment(value)?.time === null;
const list = (v: string | string[] | undefined) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== '');

export async function taskforceEditorRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const editors = guard((u) => can(u, 'dossier.edit'));

  const renderNew = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values: Record<string, string | string[]>,
    errors: FieldErrors = {},
  ) =>
    sendPage(
      request,
      reply,
      {
        title: request.tr.t('taskforces.new'),
        section: 'taskforces',
        index: false,
        body: newDossierView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          values,
          errors,
          organisations: await listOrganisationOptions(deps.db),
          regions: await listRegions(deps.db),
        }),
      },
      status,
    );

  app.get('/taskforces/new', { preHandler: guard((u) => can(u, 'dossier.create')) }, async (request, reply) =>
    renderNew(request, reply, 200, {}),
  );

  app.post(
    '/taskforces/new',
    { preHandler: guard((u) => can(u, 'dossier.create')), schema: { body: NewBody }, attachValidation: true },
    async (request, reply) => {
      const values = { ...(request.body as Record<string, string | string[]>) };
      delete values._csrf;
      if (request.validationError)
        return renderNew(request, reply, 400, values, fieldErrorsFrom(request.validationError.validation));
      const body = request.body;
      if (!isOneOf(COUNTRY_CODES, body.country))
        return renderNew(request, reply, 400, values, { country: { key: 'validation.choice' } });
      const result = await createDossier(deps, currentActor(request)!, {
        lang: body.lang,
        title: body.title,
        summary: body.summary,
        background: body.background ?? '',
        objectives: body.objectives ?? '',
        results: '',
        countryCodes: [body.country],
        regionIds: body.region ? [body.region] : [],
        requesterIds: list(body.requesters),
        platformIds: [],
        startsOn: body.startsOn,
        endsOn: null,
        status: body.status,
        instruments: list(body.instruments),
      });
      if (!result.ok)
        return result.reason === 'forbidden'
          ? reply.code(403).send()
          : renderNew(request, reply, 400, values, { requesters: { key: 'validation.choice' } });
      return reply
        .setFlash({ key: 'taskforces.editor.created', kind: 'success' })
        .redirect(taskforcePaths.edit(request.locale, result.slug), 303);
    },
  );

  const loadDossier = (slug: string) => editedDossier(deps, slug);

  const renderDetails = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    status: number,
    errors: FieldErrors = {},
    formError?: string,
  ) => {
    const editor = await detailsEditor(deps, slug, request.locale);
    if (!editor) return notFound(request, reply);
    const d = editor.dossier;
    return sendPage(
      request,
      reply,
      {
        title: request.tr.t('taskforces.editor.title', { title: d.title }),
        section: 'taskforces',
        index: false,
        body: detailsEditorView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          slug,
          title: d.title,
          details: d.details,
          dossiers: editor.others,
          versions: d.versions.map((v) => ({ lang: v.lang, state: v.state })),
          errors,
          formError,
        }),
      },
      status,
    );
  };

  app.get(
    '/taskforces/:slug/edit',
    { preHandler: editors, schema: { params: SlugParams } },
    async (request, reply) => renderDetails(request, reply, request.params.slug, 200),
  );

  app.post(
    '/taskforces/:slug/edit',
    { preHandler: editors, schema: { params: SlugParams, body: DetailsBody }, attachValidation: true },
    async (request, reply) => {
      const { slug } = request.params as { slug: string };
      if (request.validationError)
        return renderDetails(request, reply, slug, 400, fieldErrorsFrom(request.validationError.validation));
      const d = await loadDossier(slug);
      if (!d) return notFound(request, reply);
      const body = request.body;
      const result = await updateDetails(deps, currentActor(request)!, d.item.id, {
        status: body.status as TaskforceStatus,
        instruments: list(body.instruments).filter((i) => isOneOf(TASKFORCE_INSTRUMENTS, i)),
        predecessorId: body.predecessorId || null,
        successorId: body.successorId || null,
      });
      if (!result.ok) {
        const tr = request.tr;
        const message =
          result.reason === 'invalid_status'
            ? tr.t('taskforces.editor.invalidStatus', {
                from: tr.t(`taskforces.status.${d.details.status}`),
                to: tr.t(`taskforces.status.${body.status}`),
              })
            : tr.t('taskforces.editor.unknownDossier');
        return renderDetails(
          request,
          reply,
          slug,
          result.reason === 'invalid_status' ? 409 : 400,
          {},
          message,
        );
      }
      return reply
        .setFlash({ key: 'taskforces.editor.saved', kind: 'success' })
        .redirect(taskforcePaths.edit(request.locale, slug), 303);
    },
  );

  const renderTimeline = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    q: string,
    status = 200,
    forms: Pick<TimelineForms, 'milestone' | 'entry'> = {},
  ) => {
    const editor = await timelineEditor(deps, slug, request.locale, q);
    if (!editor) return notFound(request, reply);
    const { dossier: d, entries: labelled, preview, results } = editor;
    return sendPage(
      request,
      reply,
      {
        title: request.tr.t('taskforces.timelineEditor.title', { title: d.title }),
        section: 'taskforces',
        index: false,
        body: timelineEditorView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          slug: d.item.slug,
          title: d.title,
          entries: labelled,
          preview,
          q,
          results,
          ...forms,
        }),
      },
      status,
    );
  };

  app.get(
    '/taskforces/:slug/timeline',
    {
      preHandler: editors,
      schema: {
        params: SlugParams,
        querystring: PickerQuery,
      },
    },
    async (request, reply) => renderTimeline(request, reply, request.params.slug, request.query.q ?? ''),
  );

  const back = (request: FastifyRequest, reply: FastifyReply, slug: string) =>
    reply.redirect(taskforcePaths.timeline(request.locale, slug), 303);

  app.post(
    '/taskforces/:slug/timeline/items',
    { preHandler: editors, schema: { params: SlugParams, body: ItemBody } },
    async (request, reply) => {
      const d = await loadDossier(request.params.slug);
      if (!d) return notFound(request, reply);
      const result = await addTimelineItem(
        deps,
        currentActor(request)!,
        d.item.id,
        request.body.itemId,
        {},
        null,
      );
      if (!result.ok && result.reason !== 'duplicate') return notFound(request, reply);
      void reply.setFlash(
        result.ok
          ? { key: 'taskforces.timelineEditor.added', kind: 'success' }
          : { key: 'taskforces.timelineEditor.duplicate', kind: 'info' },
      );
      return back(request, reply, d.item.slug);
    },
  );

  app.post(
    '/taskforces/:slug/timeline/milestones',
    { preHandler: editors, schema: { params: SlugParams, body: MilestoneBody }, attachValidation: true },
    async (request, reply) => {
      const { slug } = request.params as { slug: string };
      if (request.validationError) {
        const values = Object.fromEntries(
          Object.entries((request.body ?? {}) as Record<string, unknown>).filter(
            (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf',
          ),
        );
        return renderTimeline(request, reply, slug, '', 400, {
          milestone: { values, errors: fieldErrorsFrom(request.validationError.validation) },
        });
      }
      if (!realDay(request.body.date))
        return renderTimeline(request, reply, slug, '', 400, {
          milestone: { values: typedValues(request.body), errors: { date: { key: 'validation.invalid' } } },
        });
      const d = await loadDossier(slug);
      if (!d) return notFound(request, reply);
      const result = await addMilestone(deps, currentActor(request)!, d.item.id, {
        date: request.body.date,
        titles: localeTexts(request.body, 'title'),
        notes: {},
      });
      if (!result.ok) return notFound(request, reply);
      return back(
        request,
        reply.setFlash({ key: 'taskforces.timelineEditor.added', kind: 'success' }),
        d.item.slug,
      );
    },
  );

  app.post(
    '/taskforces/:slug/timeline/entries/:id',
    { preHandler: editors, schema: { params: EntryParams, body: EntryBody }, attachValidation: true },
    async (request, reply) => {
      const { slug, id } = request.params as { slug: string; id: string };
      // A bad entry form comes back in place, with what was typed and what is wrong.
      const again = (errors: FieldErrors) =>
        renderTimeline(request, reply, slug, '', 400, {
          entry: { id, values: typedValues(request.body), errors },
        });
      if (request.validationError) return again(fieldErrorsFrom(request.validationError.validation));
      const b = request.body;
      if (b.date && !realDay(b.date)) return again({ date: { key: 'validation.invalid' } });
      const d = await loadDossier(slug);
      if (!d) return notFound(request, reply);
      const result = await updateTimelineEntry(deps, currentActor(request)!, d.item.id, id, {
        date: b.date || null,
        titles: localeTexts(b, 'title'),
        notes: localeTexts(b, 'note'),
      });
      if (!result.ok && result.reason === 'incomplete')
        return again(
          Object.fromEntries(
            result.fields.map((f) => [
              f === 'title' ? localeField('title', DEFAULT_LOCALE) : f,
              { key: 'validation.required' as const },
            ]),
          ),
        );
      if (!result.ok) return notFound(request, reply);
      return back(
        request,
        reply.setFlash({ key: 'taskforces.timelineEditor.saved', kind: 'success' }),
        d.item.slug,
      );
    },
  );

  app.post(
    '/taskforces/:slug/timeline/entries/:id/remove',
    { preHandler: editors, schema: { params: EntryParams } },
    async (request, reply) => {
      const d = await loadDossier(request.params.slug);
      if (!d) return notFound(request, reply);
      const result = await removeTimelineEntry(deps, currentActor(request)!, d.item.id, request.params.id);
      if (!result.ok) return notFound(request, reply);
      return back(
        request,
        reply.setFlash({ key: 'taskforces.timelineEditor.removed', kind: 'success' }),
        d.item.slug,
      );
    },
  );
}
