// The dialects every integration test runs on. SQLite is a real file (WAL and all); PostgreSQL
// is the server named by TEST_DATABASE_URL (a throwaway database per test file), or in-process
// PGlite when none is given. Under CI=true a missing TEST_DATABASE_URL is an error, not a skip.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PostgresDialect, SqliteDialect } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { fromDialect, migrateToLatest, type Database } from '../../src/db/database.ts';
import { openSqlite, SqliteValuePlugin, withStatementCache, type DialectName } from '../../src/db/dialect.ts';
import { randomToken } from '../../src/lib/tokens.ts';

export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

export interface TestDatabase extends Database {
  /** "sqlite", "postgres (server)" or "postgres (PGlite)". */
  readonly label: string;
  drop(): Promise<void>;
}

export function postgresMode(): 'server' | 'pglite' {
  if (process.env.TEST_DATABASE_URL) return 'server';
  if (process.env.CI === 'true') {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run against a real server in CI.',
    );
  }
  return 'pglite';
}

async function openSqliteTest(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-test-'));
  const raw = openSqlite(path.join(dir, 'test.sqlite'));
  const database = fromDialect(new SqliteDialect({ database: withStatementCache(raw) }), [
    new SqliteValuePlugin(),
  ]);
  return {
    ...database,
    label: 'sqlite',
    async drop() {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgresServer(url: string): Promise<TestDatabase> {
  const name = `helix_t_${randomToken(9)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: target.toString(), max: 5 });
  // The throwaway database is dropped WITH (FORCE) at the end of the file; a connection the pool
  // still held then reports the server's "terminating connection" — expected, not a test failure.
  pool.on('error', () => undefined);
  const database = fromDialect(new PostgresDialect({ pool }));
  return {
    ...database,
    label: 'postgres (server)',
    async drop() {
      await database.close();
      await dropDatabase(url, name);
    },
  };
}

async function openPglite(): Promise<TestDatabase> {
  const lite = new PGlite();
  const database = fromDialect(new PGliteDialect(lite));
  return {
    ...database,
    label: 'postgres (PGlite)',
    async drop() {
      await database.close();
      if (!lite.closed) await lite.close();
    },
  };
}

/**
 * Drop a throwaway database, ending its connections. An autovacuum worker (a superuser process)
 * may be busy in it, which FORCE cannot end for a non-superuser role: wait for it and try again.
 */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`drop database if exists ${name} with (force)`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '42501' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    await client.end();
  }
}

export async function openTestDatabase(dialect: DialectName, { migrate = true } = {}): Promise<TestDatabase> {
  let database: TestDatabase;
  if (dialect === 'sqlite') database = await openSqliteTest();
  else
    database =
      postgresMode() === 'server'
        ? await openPostgresServer(process.env.TEST_DATABASE_URL!)
        : await openPglite();
  if (migrate) await migrateToLatest(database.db);
  return database;
}
