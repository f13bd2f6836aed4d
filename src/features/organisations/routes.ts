// Organisation pages (under each /{locale}): the A–Z directory, one organisation with everything
// linked to it (a merged record answers 301 to the one that survived), and the editors' merge.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { forbidden, notFound } from '../../web/errors.ts';
import { fieldErrorsFrom, typedValues, type FieldErrors } from '../../web/forms.ts';
import { currentActor, guard } from '../../web/guards.ts';
import { organisationPaths } from './paths.ts';
import { sendPage } from '../../web/render.ts';
import { canOrganisation } from './policy.ts';
import { DirectoryQuery, MergeBody, SlugParams } from './schema.ts';
import { mergeForm, mergeOrganisation, organisationDirectory, organisationPage } from './service.ts';
import { organisationView } from './views.ts';
import { directoryView } from './views-list.ts';
import { mergeView } from './views-merge.ts';

export async function organisationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const mayMerge = guard((user) => canOrganisation(user, 'organisation.merge'));

  app.get('/organisations', { schema: { querystring: DirectoryQuery } }, async (request, reply) => {
    const result = await organisationDirectory(deps, request.query, request.locale);
    if (!result.ok) return notFound(request, reply);
    return sendPage(request, reply, {
      title: request.tr.t('organisations.title'),
      section: 'members',
      body: directoryView(request.tr, result.directory),
    });
  });

  app.get('/organisations/:slug', { schema: { params: SlugParams } }, async (request, reply) => {
    const actor = currentActor(request);
    const result = await organisationPage(deps, request.params.slug, request.locale, actor);
    if (!result.ok)
      return result.reason === 'merged'
        ? reply.redirect(organisationPaths.organisation(request.locale, result.slug), 301)
        : notFound(request, reply);
    const body = organisationView(request.tr, result.page, canOrganisation(actor, 'organisation.merge'));
    return sendPage(request, reply, { title: result.page.organisation.name, section: 'members', body });
  });

  const renderMerge = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    status: number,
    values: Record<string, string>,
    errors: FieldErrors = {},
  ) => {
    const form = await mergeForm(deps, slug);
    if (!form) return notFound(request, reply);
    const body = mergeView(request.tr, form, { csrfToken: request.csrfToken, values, errors });
    return sendPage(
      request,
      reply,
      {
        title: request.tr.t('organisations.merge.title', { name: form.organisation.name }),
        section: 'members',
        index: false,
        body,
      },
      status,
    );
  };

  app.get(
    '/organisations/:slug/merge',
    { preHandler: mayMerge, schema: { params: SlugParams } },
    async (request, reply) => renderMerge(request, reply, request.params.slug, 200, {}),
  );

  app.post(
    '/organisations/:slug/merge',
    { preHandler: mayMerge, schema: { params: SlugParams, body: MergeBody }, attachValidation: true },
    async (request, reply) => {
      const values = typedValues(request.body);
      if (request.validationError) {
        const found = fieldErrorsFrom(request.validationError.validation);
        // Listed in the order of the form, with messages that say what to do.
        const errors: FieldErrors = {
          ...(found.into ? { into: { key: 'organisations.merge.chooseRequired' } } : {}),
          ...(found.confirm ? { confirm: { key: 'organisations.merge.confirmRequired' } } : {}),
        };
        // A body that is no form at all names no field of it: a plain 400 from the error handler.
        if (Object.keys(errors).length === 0) throw request.validationError;
        return renderMerge(request, reply, request.params.slug, 400, values, errors);
      }
      const result = await mergeOrganisation(
        deps,
        currentActor(request)!,
        request.params.slug,
        request.body.into,
      );
      if (!result.ok) {
        if (result.reason === 'not_found') return notFound(request, reply);
        if (result.reason === 'forbidden') return forbidden(request, reply);
        return renderMerge(request, reply, request.params.slug, 400, values, {
          into: { key: 'organisations.merge.chooseRequired' },
        });
      }
      void reply.setFlash({
        key: 'organisations.merge.done',
        params: { name: result.into.name },
        kind: 'success',
      });
      return reply.redirect(organisationPaths.organisation(request.locale, result.into.slug), 303);
    },
  );
}
