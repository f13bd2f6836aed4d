// /api/v1/organisations and /api/v1/organisations/{slug} (registered under /api).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sendResult } from '../../web/api/respond.ts';
import { ErrorSchema, LocaleOnlyQuery, SlugParams } from '../../web/api/schemas.ts';
import { OrganisationDetailSchema, OrganisationPageSchema, OrganisationsQuery } from './schema.ts';
import { listOrganisationsApi, organisationDetail } from './service-api.ts';

export async function organisationApiRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get(
    '/v1/organisations',
    {
      schema: {
        tags: ['Directory'],
        summary: 'List organisations',
        description:
          'Organisations in slug order (records merged into another are left out). Filter by country, or `member=true` for active coalition members. Follow `nextCursor` for the next page.',
        querystring: OrganisationsQuery,
        response: { 200: OrganisationPageSchema, 400: ErrorSchema },
      },
    },
    async (request, reply) => sendResult(request, reply, await listOrganisationsApi(deps, request.query)),
  );

  app.get(
    '/v1/organisations/:slug',
    {
      schema: {
        tags: ['Directory'],
        summary: 'One organisation',
        description:
          'An organisation with its aliases (other spellings and former names), descriptions per language and coalition membership. ' +
          'An organisation that was merged into another answers 301 with the address of the surviving record.',
        params: SlugParams,
        querystring: LocaleOnlyQuery,
        response: {
          200: OrganisationDetailSchema,
          301: Type.Null({ description: 'Merged: the Location header gives the surviving record.' }),
          400: ErrorSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await organisationDetail(deps, request.params.slug, request.query.locale ?? 'en');
      if (!result.ok && result.status === 301) return reply.redirect(result.location, 301);
      return sendResult(request, reply, result);
    },
  );
}
