// Liveness and readiness, as DESIGN.md defines them.
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { pendingMigrations } from '../../db/database.ts';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );

  app.get('/readyz', async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    try {
      await sql`select 1`.execute(deps.db);
      const pending = await pendingMigrations(deps.db);
      if (pending.length > 0)
        return reply.code(503).send({ status: 'unavailable', database: 'ok', pendingMigrations: pending });
      return reply.send({ status: 'ok', database: 'ok', dialect: deps.dialect });
    } catch (err) {
      request.log.warn({ err }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
}
