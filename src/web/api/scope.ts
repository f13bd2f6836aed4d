// JSON API v1 under /api/v1 (registered once, with the prefix /api; each module's api.ts brings its
// routes, whose paths begin with /v1/) and the OpenAPI document at /api/openapi.json. Validation
// failures become {"error":{"code","message"}} naming what was wrong: the API is strict, so an
// unknown filter value is a 400 listing the unknown values.
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { describeValidation, sendError } from './respond.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set to false on a GET route whose answer other sites must not read (the full export). */
    crossOrigin?: boolean;
  }
}

/** The /api scope: shared validation answers and cross-origin headers, the OpenAPI document, every module's API routes. */
export async function apiScope(
  app: FastifyInstance,
  options: { routes: readonly FastifyPluginAsync[] },
): Promise<void> {
  // Every API route validates with its schema but answers a failure itself (see describeValidation).
  app.addHook('onRoute', (route) => {
    route.attachValidation = true;
  });
  app.addHook('preHandler', async (request, reply) => {
    if (request.validationError) return sendError(reply, describeValidation(request));
  });
  // Public, read-only data may be read from any origin.
  app.addHook('onSend', async (request, reply) => {
    if (request.method === 'GET' && request.routeOptions.config.crossOrigin !== false) {
      void reply
        .header('access-control-allow-origin', '*')
        .header('cross-origin-resource-policy', 'cross-origin');
    }
  });

  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(app.swagger()),
  );

  for (const routes of options.routes) await app.register(routes);
}
