// The only place where SQLite and PostgreSQL differ (apart from the two search implementations).
// Everything else speaks portable Kysely: text ids, ISO-8601 text timestamps, JSON stored as text.
import type { Kysely } from 'kysely';
import {
  OperationNodeTransformer,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  sql,
  type Dialect,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
  type PrimitiveValueListNode,
  type SqliteDatabase,
} from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseConfig } from '../config.ts';

export type DialectName = 'sqlite' | 'postgres';

/**
 * SQLite pragmas. `synchronous = FULL` with WAL: a committed transaction survives power loss,
 * at a small write cost — the product stores editorial work and support requests, where losing
 * the last commit is worse than a slower write. `busy_timeout` lets concurrent writers wait
 * instead of failing with SQLITE_BUSY.
 */
export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'temp_store = MEMORY',
  'cache_size = -65536',
] as const;

export function openSqlite(file: string): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
  return db;
}

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs about as much as running
 * a small indexed query. Helix issues a bounded set of distinct SQL strings, so prepared
 * statements are kept and reused (better-sqlite3 statements are safe to re-run).
 */
export function withStatementCache(db: Database.Database, max = 1000): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
}

// better-sqlite3 binds neither booleans nor Dates; turn them into 1/0 and ISO strings on the way in.
class SqliteValueTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return { ...super.transformValue(node), value: toSqliteValue(node.value) };
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...super.transformPrimitiveValueList(node), values: node.values.map(toSqliteValue) };
  }
}

function toSqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

export class SqliteValuePlugin implements KyselyPlugin {
  readonly #transformer = new SqliteValueTransformer();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

export function createDialect(config: DatabaseConfig): { dialect: Dialect; plugins: KyselyPlugin[] } {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize });
    return { dialect: new PostgresDialect({ pool }), plugins: [] };
  }
  return {
    dialect: new SqliteDialect({ database: withStatementCache(openSqlite(config.url)) }),
    plugins: [new SqliteValuePlugin()],
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

/** Column types used by migrations: identical names, the closest native type on each side. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function columnTypes(db: Kysely<any>) {
  const pgSide = dialectOf(db) === 'postgres';
  return {
    id: 'text',
    text: 'text',
    int: 'integer',
    bigint: pgSide ? 'bigint' : 'integer',
    bool: pgSide ? 'boolean' : 'integer',
    /** ISO-8601 UTC text ("2026-11-25T10:00:00.000Z"); sorts correctly as text on both sides. */
    timestamp: 'text',
    /** Calendar date "YYYY-MM-DD". */
    date: 'text',
    json: 'text',
    real: pgSide ? 'double precision' : 'real',
  } as const;
}

/** Booleans come back as 1/0 from SQLite and true/false from PostgreSQL. */
export function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** Case-insensitive LIKE on both sides (SQLite LIKE is ASCII case-insensitive already). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ilike(db: Kysely<any>) {
  return dialectOf(db) === 'postgres' ? ('ilike' as const) : ('like' as const);
}

/** Escape %, _ and \ so user input in a LIKE pattern matches literally (used with ESCAPE '\'). */
export function escapeLike(input: string): string {
  return input.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface SchemaSnapshot {
  tables: Record<string, { columns: Record<string, { type: string; nullable: boolean; default: boolean }> }>;
  indexes: string[];
}

/** A comparable description of the schema (tables, columns, indexes), for the snapshot test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function describeSchema(db: Kysely<any>): Promise<SchemaSnapshot> {
  const tables = await db.introspection.getTables();
  const out: SchemaSnapshot = { tables: {}, indexes: [] };
  for (const table of tables.sort((a, b) => a.name.localeCompare(b.name))) {
    if (table.name.startsWith('kysely_') || table.name.startsWith('sqlite_')) continue;
    const columns: SchemaSnapshot['tables'][string]['columns'] = {};
    for (const c of table.columns.sort((a, b) => a.name.localeCompare(b.name))) {
      columns[c.name] = {
        type: c.dataType.toLowerCase(),
        nullable: c.isNullable,
        default: c.hasDefaultValue,
      };
    }
    out.tables[table.name] = { columns };
  }
  if (dialectOf(db) === 'sqlite') {
    const rows = await sql<{ name: string; tbl_name: string; sql: string | null }>`
      select name, tbl_name, sql from sqlite_master
      where type = 'index' and sql is not null and tbl_name not like 'kysely_%'`.execute(db);
    out.indexes = rows.rows.map(
      (r) => `${r.tbl_name}.${r.name}${/unique/i.test(r.sql ?? '') ? ' (unique)' : ''}`,
    );
  } else {
    const rows = await sql<{ tablename: string; indexname: string; indexdef: string }>`
      select tablename, indexname, indexdef from pg_indexes
      where schemaname = current_schema() and tablename not like 'kysely_%' and indexname not like '%_pkey'`.execute(
      db,
    );
    out.indexes = rows.rows.map(
      (r) => `${r.tablename}.${r.indexname}${/unique/i.test(r.indexdef) ? ' (unique)' : ''}`,
    );
  }
  out.indexes.sort();
  return out;
}
