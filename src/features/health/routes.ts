// Liveness and readiness, as DESIGN.md defines them.
import type { FastifyInstance } from 'fastify';
import { readiness } from './service.ts';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );

  app.get('/readyz', async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    const ready = await readiness(deps);
    if (ready.ready) return reply.send({ status: 'ok', database: 'ok', dialect: ready.dialect });
    if (ready.database === 'ok')
      return reply
        .code(503)
        .send({ status: 'unavailable', database: 'ok', pendingMigrations: ready.pendingMigrations });
    request.log.warn({ err: ready.error }, 'readiness check failed');
    return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
  });
}
