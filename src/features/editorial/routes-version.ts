// Language versions: the text editor (Save, Save and publish), the workflow steps, and the
// revisions with their diff and restore.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { signedInActor, guard } from '../../web/guards.ts';
import { refuse } from '../../web/errors.ts';
import { sendPrivatePage, redirectWithFlash } from '../../web/render.ts';
import { conflictView } from './views/shared.ts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { MessageKey } from '../../i18n/index.ts';
import type { FieldErrors } from '../../web/forms.ts';
import { canTransition, type Transition } from '../items/policy.ts';
import type { ItemRecord, VersionRecord, VersionText } from '../items/domain/records.ts';
import { listVersions, restoreRevision, saveVersion, transition } from '../items/service.ts';
import { CONTENT_LANGUAGES, isOneOf, languageName } from '../reference/domain/vocabulary.ts';
import { versionDiff } from './views/diff.ts';
import {
  formErrors,
  formValues,
  valuesFromText,
  versionFromForm,
  type FormValues,
  CsrfOnlyBody,
  RevisionParams,
  RevisionQuery,
  VersionBody,
  VersionParams,
  WorkflowBody,
} from './schema.ts';
import { editorialPaths } from './paths.ts';
import { availableTransitions, canUseEditorial, type Actor } from './policy.ts';
import { loadEditable, revisionsOf } from './service.ts';
import { workingTitle } from './views/edit.ts';
import { diffView, revisionsView } from './views/revisions.ts';
import { versionView } from './views/version.ts';

const FLASH: Record<Transition, MessageKey> = {
  submit: 'editorial.flash.submit',
  publish: 'editorial.flash.publish',
  return: 'editorial.flash.return',
  unpublish: 'editorial.flash.unpublish',
  archive: 'editorial.flash.archive',
  restore: 'editorial.flash.restore',
};

interface VersionContext {
  actor: Actor;
  item: ItemRecord;
  lang: string;
  versions: VersionRecord[];
  version: VersionRecord | null;
}

const EMPTY: VersionText = { title: '', summary: '', body: '', fields: {} };

function sameText(a: VersionText, b: VersionText): boolean {
  return (
    a.title === b.title &&
    a.summary === b.summary &&
    a.body === b.body &&
    JSON.stringify(Object.entries(a.fields).sort()) === JSON.stringify(Object.entries(b.fields).sort())
  );
}

export async function versionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const editorial = guard(canUseEditorial);

  /** The item (editable by this actor) and the language version named in the path. */
  const load = async (
    request: FastifyRequest,
    slug: string,
    lang: string,
  ): Promise<{ ok: true; ctx: VersionContext } | { ok: false; reason: 'not_found' | 'forbidden' }> => {
    const actor = signedInActor(request);
    const loaded = await loadEditable(deps, slug, actor);
    if (!loaded.ok) return loaded;
    if (!isOneOf(CONTENT_LANGUAGES, lang)) return { ok: false, reason: 'not_found' };
    const versions = await listVersions(deps.db, loaded.item.id);
    return {
      ok: true,
      ctx: {
        actor,
        item: loaded.item,
        lang,
        versions,
        version: versions.find((v) => v.lang === lang) ?? null,
      },
    };
  };

  const header = (request: FastifyRequest, ctx: VersionContext) => {
    const working = workingTitle(ctx.item, ctx.versions);
    return {
      tr: request.tr,
      locale: request.locale,
      csrfToken: request.csrfToken,
      item: ctx.item,
      itemTitle: working.title,
      itemTitleLang: working.lang,
      lang: ctx.lang,
    };
  };

  const renderVersion = (
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: VersionContext,
    status: number,
    values?: FormValues,
    errors: FieldErrors = {},
  ) => {
    const language = languageName(ctx.lang, request.locale);
    const body = versionView({
      ...header(request, ctx),
      version: ctx.version,
      original: ctx.versions.find((v) => v.lang === ctx.item.originalLang) ?? null,
      values: values ?? (ctx.version ? valuesFromText(ctx.version) : {}),
      errors,
      canPublish: canTransition(ctx.actor, ctx.item, 'publish'),
      transitions: ctx.version ? availableTransitions(ctx.actor, ctx.item, ctx.version) : [],
    });
    const title = ctx.version
      ? request.tr.t('editorial.version.title', { language })
      : request.tr.t('editorial.version.newTitle', { language });
    return sendPrivatePage(request, reply, title, body, status);
  };

  app.get(
    '/editorial/items/:slug/versions/:lang',
    { preHandler: editorial, schema: { params: VersionParams } },
    async (request, reply) => {
      const loaded = await load(request, request.params.slug, request.params.lang);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      return renderVersion(request, reply, loaded.ctx, 200);
    },
  );

  app.post(
    '/editorial/items/:slug/versions/:lang',
    { preHandler: editorial, schema: { params: VersionParams, body: VersionBody }, attachValidation: true },
    async (request, reply) => {
      const loaded = await load(request, request.params.slug, request.params.lang);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const { ctx } = loaded;
      const values = formValues(request.body);
      if (request.validationError)
        return renderVersion(
          request,
          reply,
          ctx,
          400,
          values,
          formErrors(request.validationError.validation),
        );
      const text = versionFromForm(ctx.item.type, request.body);
      if (!text.ok) return renderVersion(request, reply, ctx, 400, values, text.errors);
      const publish = request.body.publish === '1';
      const result = await saveVersion(deps, ctx.actor, ctx.item.id, ctx.lang, text.value, {
        note: request.body.note?.trim() || null,
        publish,
      });
      if (!result.ok) return refuse(request, reply, result.reason);
      const flash: MessageKey = publish
        ? 'editorial.flash.savedAndPublished'
        : ctx.version?.live
          ? 'editorial.flash.savedChanges'
          : 'editorial.flash.saved';
      return redirectWithFlash(reply, editorialPaths.version(request.locale, ctx.item.slug, ctx.lang), flash);
    },
  );

  app.post(
    '/editorial/items/:slug/versions/:lang/workflow',
    { preHandler: editorial, schema: { params: VersionParams, body: WorkflowBody } },
    async (request, reply) => {
      const loaded = await load(request, request.params.slug, request.params.lang);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const { ctx } = loaded;
      const action = request.body.action;
      const result = await transition(deps, ctx.actor, ctx.item.id, ctx.lang, action);
      const back = editorialPaths.editItem(request.locale, ctx.item.slug);
      if (!result.ok) {
        if (result.reason !== 'invalid_transition' || !ctx.version)
          return refuse(request, reply, result.reason);
        const tr = request.tr;
        const message = tr.t('editorial.conflict.transition', {
          language: languageName(ctx.lang, request.locale),
          state: tr.t(`state.${ctx.version.state}`),
          action: tr.t(`editorial.action.${action}`),
        });
        return sendPrivatePage(
          request,
          reply,
          tr.t('editorial.conflict.title'),
          conflictView(tr, message, back),
          409,
        );
      }
      return redirectWithFlash(reply, back, FLASH[action], {
        language: languageName(ctx.lang, request.locale),
      });
    },
  );

  app.get(
    '/editorial/items/:slug/versions/:lang/revisions',
    { preHandler: editorial, schema: { params: VersionParams } },
    async (request, reply) => {
      const loaded = await load(request, request.params.slug, request.params.lang);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const { revisions } = await revisionsOf(deps, loaded.ctx.item, loaded.ctx.lang);
      if (!loaded.ctx.version && revisions.length === 0) return refuse(request, reply, 'not_found');
      const title = request.tr.t('editorial.revisions.heading', {
        language: languageName(loaded.ctx.lang, request.locale),
      });
      return sendPrivatePage(
        request,
        reply,
        title,
        revisionsView({ ...header(request, loaded.ctx), revisions }),
      );
    },
  );

  app.get(
    '/editorial/items/:slug/versions/:lang/revisions/:id',
    { preHandler: editorial, schema: { params: RevisionParams, querystring: RevisionQuery } },
    async (request, reply) => {
      const loaded = await load(request, request.params.slug, request.params.lang);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const { ctx } = loaded;
      const { revisions } = await revisionsOf(deps, ctx.item, ctx.lang);
      const index = revisions.findIndex((r) => r.id === request.params.id);
      const revision = revisions[index];
      if (!revision) return refuse(request, reply, 'not_found');
      const against = request.query.against === 'current' && ctx.version ? 'current' : 'previous';
      const previous = revisions[index + 1];
      const diffs =
        against === 'current' && ctx.version
          ? versionDiff(revision.snapshot, ctx.version)
          : versionDiff(previous?.snapshot ?? EMPTY, revision.snapshot);
      const body = diffView({
        ...header(request, ctx),
        revision,
        against,
        first: !previous,
        diffs,
        canRestore: !!ctx.version && !sameText(revision.snapshot, ctx.version),
      });
      return sendPrivatePage(
        request,
        reply,
        request.tr.t('editorial.diff.title', { date: request.tr.dateTime(revision.createdAt) }),
        body,
      );
    },
  );

  app.post(
    '/editorial/items/:slug/versions/:lang/revisions/:id/restore',
    { preHandler: editorial, schema: { params: RevisionParams, body: CsrfOnlyBody } },
    async (request, reply) => {
      const loaded = await load(request, request.params.slug, request.params.lang);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const { ctx } = loaded;
      const { revisions } = await revisionsOf(deps, ctx.item, ctx.lang);
      if (!revisions.some((r) => r.id === request.params.id)) return refuse(request, reply, 'not_found');
      const result = await restoreRevision(deps, ctx.actor, ctx.item.id, request.params.id);
      if (!result.ok) return refuse(request, reply, result.reason);
      return redirectWithFlash(
        reply,
        editorialPaths.version(request.locale, ctx.item.slug, ctx.lang),
        'editorial.flash.revisionRestored',
      );
    },
  );
}
