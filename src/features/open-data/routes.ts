// The open-data page (what the API, feeds and exports offer) and the import form for editors
// (registered under each /{locale}). The form posts to the same import service as the API.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { LOCALES } from '../../i18n/index.ts';
import { currentActor, guard } from '../../web/guards.ts';
import type { FieldErrors } from '../../web/forms.ts';
import { openDataPaths } from './paths.ts';
import { sendPage } from '../../web/render.ts';
import { importLibrary } from '../exchange/service-import.ts';
import type { ImportProblem } from '../exchange/domain/parse.ts';
import { canImport } from '../exchange/policy.ts';
import { openDataView } from './views.ts';

const ImportForm = Type.Object({ _csrf: Type.Optional(Type.String()), json: Type.Optional(Type.String()) });

export async function openDataRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const importLimit = (request: FastifyRequest) =>
    `${request.tr.number(Math.floor((deps.config.bodyLimit / 1024 / 1024) * 10) / 10)} MB`;

  const render = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    form: { json?: string; errors?: FieldErrors; problems?: ImportProblem[] } = {},
  ) =>
    sendPage(
      request,
      reply,
      {
        title: request.tr.t('api.page.title'),
        // The form posts to …/import; the page itself (and its other language) stays /open-data.
        alternates: Object.fromEntries(LOCALES.map((l) => [l, openDataPaths.openData(l)])),
        ...(status === 200 ? {} : { index: false }),
        body: openDataView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          canImport: canImport(currentActor(request)),
          importLimit: importLimit(request),
          ...form,
        }),
      },
      status,
    );

  app.get('/open-data', async (request, reply) => render(request, reply, 200));

  app.post(
    '/open-data/import',
    {
      preHandler: guard((u) => canImport({ id: u.id, role: u.role, organisationId: u.organisationId })),
      schema: { body: ImportForm },
      attachValidation: true,
    },
    async (request, reply) => {
      const json = request.validationError ? '' : (request.body.json ?? '');
      if (json.trim() === '')
        return render(request, reply, 400, { json, errors: { json: { key: 'api.import.required' } } });
      const outcome = await importLibrary(deps, currentActor(request), json);
      if (!outcome.ok)
        return render(request, reply, outcome.reason === 'forbidden' ? 403 : 400, {
          json,
          problems: outcome.reason === 'invalid' ? outcome.problems : [],
        });
      const c = outcome.counts;
      void reply.setFlash({
        key: 'api.import.done',
        kind: 'success',
        params: {
          items: String(c.items.created + c.items.updated),
          created: String(c.items.created),
          updated: String(c.items.updated),
          organisations: String(c.organisations.created),
        },
      });
      return reply.redirect(openDataPaths.openData(request.locale), 303);
    },
  );
}
