// JSON API v1 under /api/v1 (registered once, with the prefix /api) and the OpenAPI document at
// /api/openapi.json. Validation failures become {"error":{"code","message"}} naming what was
// wrong: the API is strict, so an unknown filter value is a 400 listing the unknown values.
import type { FastifyInstance } from 'fastify';
import { describeValidation, sendError } from './respond.ts';
import { directoryRoutes } from '../../features/organisations/api.ts';
import { exchangeRoutes } from '../../features/exchange/api.ts';
import { itemRoutes } from '../../features/library/api.ts';

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  // Every API route validates with its schema but answers a failure itself (see describeValidation).
  app.addHook('onRoute', (route) => {
    route.attachValidation = true;
  });
  app.addHook('preHandler', async (request, reply) => {
    if (request.validationError) return sendError(reply, describeValidation(request));
  });
  // Public, read-only data may be read from any origin.
  app.addHook('onSend', async (request, reply) => {
    if (
      request.method === 'GET' &&
      request.url !== '/api/v1/export' &&
      !request.url.startsWith('/api/v1/export?')
    ) {
      void reply
        .header('access-control-allow-origin', '*')
        .header('cross-origin-resource-policy', 'cross-origin');
    }
  });

  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(app.swagger()),
  );

  await app.register(itemRoutes, { prefix: '/v1' });
  await app.register(directoryRoutes, { prefix: '/v1' });
  await app.register(exchangeRoutes, { prefix: '/v1' });
}
