// /api/v1/events (registered under /api).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sendResult } from '../../web/api/respond.ts';
import { ErrorSchema } from '../../web/api/schemas.ts';
import { EventsApiQuery, EventsSchema } from './schema.ts';
import { listEventsApi } from './service.ts';

export async function eventApiRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get(
    '/v1/events',
    {
      schema: {
        tags: ['Events'],
        summary: 'List meetings and events',
        description:
          '`when=upcoming` (default): events that have not ended, soonest first. `when=past`: ended events, most recent first. Follow `nextCursor` for the next page.',
        querystring: EventsApiQuery,
        response: { 200: EventsSchema, 400: ErrorSchema },
      },
    },
    async (request, reply) => sendResult(request, reply, await listEventsApi(deps, request.query)),
  );
}
