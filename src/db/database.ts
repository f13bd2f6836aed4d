// Opening the database and running migrations. Used by the server, the CLI and the tests.
import { Kysely, Migrator, type Dialect, type KyselyPlugin, type MigrationProvider } from 'kysely';
import type { DatabaseConfig } from '../config.ts';
import { createDialect, dialectOf, type DialectName } from './dialect.ts';
import { migrations } from './migrations/index.ts';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;

export interface Database {
  readonly db: Db;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig): Database {
  const { dialect, plugins } = createDialect(config);
  return fromDialect(dialect, plugins);
}

/** Wrap any Kysely dialect (the tests use this for PGlite). */
export function fromDialect(dialect: Dialect, plugins: KyselyPlugin[] = []): Database {
  const db = new Kysely<DB>({ dialect, plugins });
  return { db, dialect: dialectOf(db), close: () => db.destroy() };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider });
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
