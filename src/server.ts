// Entry point: load config → wire dependencies → migrate → seed the demo on an empty database →
// build the app → listen. SIGTERM/SIGINT stop accepting, finish requests in flight, then close.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { migrateToLatest } from './db/database.ts';
import { createDeps, type OwnedDeps } from './deps.ts';
import { modules } from './modules.ts';
import { syncReferenceData } from './features/reference/service.ts';
import { startJobs } from './jobs.ts';
import { demoCredentialsText, isDemoSeeded, seedDemo } from './seed/demo.ts';

export interface RunningServer {
  app: FastifyInstance;
  deps: OwnedDeps;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(
  config: Config = loadConfig(),
  overrides: Parameters<typeof createDeps>[1] = {},
): Promise<RunningServer> {
  const deps = createDeps(config, overrides);
  const log = deps.logger;
  try {
    const applied = await migrateToLatest(deps.db);
    if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
    await syncReferenceData(deps.db, deps.newId);
    if (config.seedDemo && (await seedDemo(deps))) log.info('demo content seeded');
  } catch (err) {
    await deps.close();
    throw err;
  }
  const app = await buildApp(deps);
  // Every module's background loops (mail delivery), then the hourly housekeeping.
  const background = modules.flatMap((m) => (m.background ?? []).map((start) => start(deps)));
  const jobs = startJobs(deps);
  const address = await app.listen({ port: config.port, host: config.host });
  log.info(
    {
      address,
      database: deps.dialect,
      baseUrl: config.baseUrl,
      mail: deps.mailTransport ? 'smtp' : 'outbox only',
    },
    'Helix is listening',
  );
  if (config.seedDemo && (await isDemoSeeded(deps))) {
    log.info(`Demo sign-in (demo only — never use on a public site):\n${demoCredentialsText()}`);
  }
  let stopping: Promise<void> | null = null;
  return {
    app,
    deps,
    url: address.replace('0.0.0.0', 'localhost'),
    stop() {
      stopping ??= (async () => {
        await app.close();
        await Promise.all(background.map((job) => job.stop()));
        await jobs.stop();
        await deps.close();
      })();
      return stopping;
    },
  };
}

export function handleSignals(server: RunningServer): void {
  let received = false;
  const onSignal = (signal: string) => {
    if (received) return;
    received = true;
    server.deps.logger.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      server.deps.logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
    server
      .stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        server.deps.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
