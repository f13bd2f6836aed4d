// Builds Helix for a test: real database of the given dialect, real app, inject() for HTTP.
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDeps, type Deps } from '../../src/deps.ts';
import type { DialectName } from '../../src/db/dialect.ts';
import { argon2idHasher } from '../../src/lib/passwords.ts';
import { openTestDatabase, type TestDatabase } from './databases.ts';
import { syncReferenceData } from '../../src/features/reference/service.ts';

/** argon2id with light parameters: the same algorithm, fast enough for hundreds of hashes. */
export const testPasswords = argon2idHasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 });

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: path.join(os.tmpdir(), 'helix-test-data'),
    BASE_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    ...env,
  });
}

export interface TestContext {
  database: TestDatabase;
  deps: Deps;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function createTestContext(
  dialect: DialectName,
  options: { env?: Record<string, string>; deps?: Partial<Deps> } = {},
): Promise<TestContext> {
  const database = await openTestDatabase(dialect);
  const config = testConfig(options.env);
  const deps = createDeps(config, {
    database,
    passwords: testPasswords,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    mailTransport: null,
    ...options.deps,
  });
  await syncReferenceData(deps.db, deps.newId);
  const app = await buildApp(deps);
  await app.ready();
  return {
    database,
    deps,
    app,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
