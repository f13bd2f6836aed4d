// /api/v1/members (registered under /api).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorSchema } from '../../web/api/schemas.ts';
import { MembersQuery, MembersSchema } from './schema.ts';
import { listMembersApi } from './service.ts';

export async function memberApiRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get(
    '/v1/members',
    {
      schema: {
        tags: ['Directory'],
        summary: 'List coalition members',
        description:
          'Coalition memberships with their organisation, role, start and status, ordered by country and name.',
        querystring: MembersQuery,
        response: { 200: MembersSchema, 400: ErrorSchema },
      },
    },
    async (request) => listMembersApi(deps, request.query),
  );
}
