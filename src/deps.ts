// The one place where the database, clock, id maker, password hasher, mailer, search engine and
// logger are made.
// Features receive these as `deps`; none of them reads process.env, the clock or Math.random itself.
import { pino } from 'pino';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import { openDatabase, type Database, type Db } from './db/database.ts';
import type { DialectName } from './db/dialect.ts';
import { systemClock, type Clock } from './lib/clock.ts';
import { uuidv7 } from './lib/ids.ts';
import { argon2idHasher, type PasswordHasher } from './lib/passwords.ts';
import { smtpTransport, type MailTransport } from './lib/mail-transport.ts';
import { searchEngine, type SearchEngine } from './features/search/repository.ts';

export interface Deps {
  readonly config: Config;
  readonly db: Db;
  readonly dialect: DialectName;
  readonly clock: Clock;
  readonly newId: () => string;
  readonly passwords: PasswordHasher;
  readonly mailTransport: MailTransport | null;
  /** Full-text search of the database's dialect (chosen here, once). */
  readonly search: SearchEngine;
  readonly logger: FastifyBaseLogger;
}

export interface OwnedDeps extends Deps {
  close(): Promise<void>;
}

export function createLogger(config: Pick<Config, 'logLevel'>): FastifyBaseLogger {
  return pino({
    level: config.logLevel,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      remove: true,
    },
  });
}

export function createDeps(
  config: Config,
  overrides: Partial<Deps> & { database?: Database } = {},
): OwnedDeps {
  const database = overrides.database ?? openDatabase(config.database);
  const clock = overrides.clock ?? systemClock;
  const host = new URL(config.baseUrl).hostname;
  const mailTransport =
    overrides.mailTransport !== undefined
      ? overrides.mailTransport
      : config.smtpUrl
        ? smtpTransport(config.smtpUrl, host)
        : null;
  return {
    config,
    db: database.db,
    dialect: database.dialect,
    clock,
    newId: overrides.newId ?? (() => uuidv7(clock.now().getTime())),
    passwords: overrides.passwords ?? argon2idHasher(),
    mailTransport,
    search: overrides.search ?? searchEngine(database.dialect),
    logger: overrides.logger ?? createLogger(config),
    async close() {
      mailTransport?.close();
      await database.close();
    },
  };
}
