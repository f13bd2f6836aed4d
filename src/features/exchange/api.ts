// /api/v1/export and /api/v1/import: the whole library as one JSON document, and back.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentActor, guard } from '../../web/guards.ts';
import { ExchangeDocument, ExportDocument } from './domain/format.ts';
import { IMPORT_BODY_LIMIT, ImportedSchema, ImportRefusedSchema } from './schema.ts';
import { exportLibrary } from './service.ts';
import { importLibrary } from './service-import.ts';
import { problemMessage } from './domain/parse.ts';
import { canImport } from './policy.ts';
import { sendRefusal } from '../../web/api/respond.ts';
import { ErrorSchema } from '../../web/api/schemas.ts';

export async function exchangeApiRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get(
    '/v1/export',
    {
      // Editors' exports hold drafts and members-only items: never readable by another site.
      config: { crossOrigin: false },
      schema: {
        tags: ['Exchange'],
        summary: 'Export the library',
        description:
          'The whole library in the Helix exchange format: organisations and items with their links and every language version, ' +
          'and taskforce dossiers (items of type "taskforce") with their status, instruments, succession and timeline. ' +
          'Visitors get the published public library (live text only). With the session of an editor or administrator the export holds every item that is not deleted — ' +
          'drafts, items in review and members-only items too — with the working text and state of each version beside its live text. POST the same document to /api/v1/import.',
        security: [{}, { session: [] }],
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: ExportDocument, 400: ErrorSchema },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'private, no-store')
        .send(await exportLibrary(deps, currentActor(request))),
  );

  // The import reads the raw text (to name lines in its problems), so JSON is not parsed here.
  await app.register(async (scoped) => {
    scoped.removeContentTypeParser('application/json');
    scoped.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scoped.withTypeProvider<TypeBoxTypeProvider>().post(
      '/v1/import',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        preHandler: guard((u) => canImport({ id: u.id, role: u.role, organisationId: u.organisationId })),
        // The body schema documents the format; the handler checks it itself to report lines.
        validatorCompiler: () => () => true,
        schema: {
          tags: ['Exchange'],
          summary: 'Import a library export',
          description:
            'Editors and administrators only: the session cookie and the X-CSRF-Token header of a signed-in session. The body is a document in the export format (up to 20 MB). ' +
            'It is checked completely first — JSON syntax, every field, duplicate slugs, references to organisations and items — and on any problem nothing is imported and every problem is listed with its line and field. ' +
            'Otherwise everything is imported in one transaction: items are matched by slug (existing ones updated, with a revision per version; new ones created), ' +
            "organisations by slug (updated), else by name or alias (linked), else created; a dossier's timeline is replaced by the one in the file. Published versions are indexed for search.",
          security: [{ session: [] }],
          body: ExchangeDocument,
          response: {
            200: ImportedSchema,
            400: ImportRefusedSchema,
            401: ErrorSchema,
            403: ErrorSchema,
            413: ErrorSchema,
          },
        },
      },
      async (request, reply) => {
        const outcome = await importLibrary(
          deps,
          currentActor(request),
          typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
        );
        if (outcome.ok) return reply.send({ imported: outcome.counts });
        if (outcome.reason === 'forbidden')
          return sendRefusal(request, reply, {
            ok: false,
            status: 403,
            code: 'forbidden',
            key: 'api.error.importForbidden',
          });
        const problems = outcome.problems.map((p) => ({
          line: p.line,
          column: p.column,
          path: p.path,
          field: p.field,
          message: problemMessage(request.tr, p),
        }));
        return reply.code(400).send({
          error: {
            code: 'invalid_import',
            message: request.tr.t('api.error.importRefused', { count: problems.length }),
            problems,
          },
        });
      },
    );
  });
}
