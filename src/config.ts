// Environment → one typed, frozen configuration object. Every problem is reported at once,
// so an operator fixes a broken deployment in one go rather than one variable per restart.
import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface DatabaseConfig {
  readonly kind: 'sqlite' | 'postgres';
  /** SQLite file path, or a postgres:// connection string. */
  readonly url: string;
  /** Size of the PostgreSQL pool (ignored for SQLite). */
  readonly poolSize: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly uploadDir: string;
  readonly baseUrl: string;
  readonly database: DatabaseConfig;
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly logLevel: LogLevel;
  /** Trust X-Forwarded-* headers (set when Helix runs behind a reverse proxy). */
  readonly trustProxy: boolean;
  /** Seed the demo content when the database is empty at start-up. */
  readonly seedDemo: boolean;
  /** Maximum accepted request body, in bytes. */
  readonly bodyLimit: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function readInt(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) {
    problems.push(`${name} must be a whole number, got "${raw}"`);
    return fallback;
  }
  const value = Number(raw);
  if (value < min || value > max) problems.push(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function readBool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  problems.push(`${name} must be true or false, got "${env[name]}"`);
  return fallback;
}

function readUrl(env: Env, name: string, protocols: string[], problems: string[]): URL | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) {
      problems.push(
        `${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}, got "${url.protocol}"`,
      );
      return null;
    }
    return url;
  } catch {
    problems.push(`${name} is not a valid URL: "${raw}"`);
    return null;
  }
}

function readDatabase(env: Env, dataDir: string, problems: string[]): DatabaseConfig {
  const poolSize = readInt(env, 'DATABASE_POOL_SIZE', 10, 1, 200, problems);
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') {
    return { kind: 'sqlite', url: path.join(dataDir, 'helix.sqlite'), poolSize };
  }
  if (raw.startsWith('postgres://') || raw.startsWith('postgresql://')) {
    return readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems)
      ? { kind: 'postgres', url: raw, poolSize }
      : { kind: 'sqlite', url: '', poolSize };
  }
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length).replace(/^\/\//, '');
    if (file === '') problems.push('DATABASE_URL=sqlite: needs a file path, e.g. sqlite:./data/helix.sqlite');
    return { kind: 'sqlite', url: path.resolve(file), poolSize };
  }
  problems.push(`DATABASE_URL must be postgres://… or sqlite:<file>, got "${raw}"`);
  return { kind: 'sqlite', url: '', poolSize };
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const port = readInt(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0';
  const dataDir = path.resolve(env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : './data');
  const uploadDir = path.resolve(
    env.UPLOAD_DIR && env.UPLOAD_DIR !== '' ? env.UPLOAD_DIR : path.join(dataDir, 'uploads'),
  );
  const base = readUrl(env, 'BASE_URL', ['http:', 'https:'], problems);
  const baseUrl = (base?.toString() ?? `http://localhost:${port}/`).replace(/\/+$/, '');
  const database = readDatabase(env, dataDir, problems);
  const smtp = readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems);
  const mailFrom = env.MAIL_FROM && env.MAIL_FROM !== '' ? env.MAIL_FROM : 'Helix <no-reply@helix.localhost>';
  if (!/<?[^\s@<>]+@[^\s@<>]+>?\s*$/.test(mailFrom))
    problems.push(`MAIL_FROM must contain an e-mail address, got "${mailFrom}"`);
  const rawLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(rawLevel as LogLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  const logLevel = LOG_LEVELS.includes(rawLevel as LogLevel) ? (rawLevel as LogLevel) : 'info';
  const trustProxy = readBool(env, 'TRUST_PROXY', false, problems);
  const seedDemo = readBool(env, 'SEED_DEMO', true, problems);
  const bodyLimit = readInt(env, 'BODY_LIMIT', 1_048_576, 1024, 104_857_600, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    host,
    dataDir,
    uploadDir,
    baseUrl,
    database: Object.freeze(database),
    smtpUrl: smtp ? smtp.toString() : null,
    mailFrom,
    logLevel,
    trustProxy,
    seedDemo,
    bodyLimit,
  });
}
