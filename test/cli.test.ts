// The `helix` command as an operator runs it: a child process, configured by the environment.
// The database is an SQLite file (a child process cannot reach the in-process PGlite); when
// TEST_DATABASE_URL names a PostgreSQL server, the same cases run against a throwaway database there.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { migrations } from '../src/db/migrations/index.ts';
import { randomToken } from '../src/lib/tokens.ts';
import { dropDatabase } from './helpers/databases.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ALL_MIGRATIONS = Object.keys(migrations);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node bin/helix.mjs …` with only the environment given (plus PATH and HOME). */
function helix(args: string[], env: Record<string, string>, stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/helix.mjs', ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: os.tmpdir(),
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'false',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

interface UserRow {
  email: string;
  role: string;
  status: string;
  password_hash: string | null;
}

/** A fresh, empty database: its DATABASE_URL and a way to read its users table. */
interface TargetDatabase {
  url: string;
  users(): Promise<UserRow[]>;
  drop(): Promise<void>;
}

interface Target {
  name: string;
  create(): Promise<TargetDatabase>;
}

const sqliteTarget: Target = {
  name: 'sqlite',
  async create() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-cli-'));
    const file = path.join(dir, 'helix.sqlite');
    return {
      url: `sqlite:${file}`,
      async users() {
        if (!fs.existsSync(file)) return [];
        const db = new Database(file, { readonly: true });
        try {
          return db
            .prepare('select email, role, status, password_hash from users order by email')
            .all() as UserRow[];
        } finally {
          db.close();
        }
      },
      async drop() {
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function postgresTarget(serverUrl: string): Target {
  const admin = async <T>(query: (client: pg.Client) => Promise<T>, database?: string): Promise<T> => {
    const url = new URL(serverUrl);
    if (database) url.pathname = `/${database}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return await query(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres (server)',
    async create() {
      const name = `helix_cli_${randomToken(9)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, 'x')}`;
      await admin((c) => c.query(`create database ${name}`));
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        users: () =>
          admin(async (c) => {
            const exists = await c.query(
              `select 1 from information_schema.tables where table_name = 'users'`,
            );
            if (exists.rowCount === 0) return [];
            return (
              await c.query<UserRow>('select email, role, status, password_hash from users order by email')
            ).rows;
          }, name),
        drop: () => dropDatabase(serverUrl, name),
      };
    },
  };
}

const TARGETS = [
  sqliteTarget,
  ...(process.env.TEST_DATABASE_URL ? [postgresTarget(process.env.TEST_DATABASE_URL)] : []),
];

describe('helix --help', () => {
  it('exits 0 and lists every command', async () => {
    const run = await helix(['--help'], {});
    assert.equal(run.code, 0, run.stderr);
    for (const command of ['serve', 'migrate', 'seed', 'user create'])
      assert.match(run.stdout, new RegExp(`^\\s+${command}\\b`, 'm'), command);
    assert.match(run.stdout, /--email E --role R/);
  });

  it('exits 2 with the help for no command and for an unknown one', async () => {
    assert.equal((await helix([], {})).code, 2);
    const unknown = await helix(['frobnicate'], {});
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
  });
});

describe('helix with an invalid environment', () => {
  it('exits 78 and lists every problem at once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-cli-'));
    try {
      const run = await helix(['migrate'], {
        DATABASE_URL: `sqlite:${path.join(dir, 'x.sqlite')}`,
        PORT: 'abc',
        LOG_LEVEL: 'loud',
      });
      assert.equal(run.code, 78);
      assert.match(run.stderr, /PORT must be a whole number, got "abc"/);
      assert.match(run.stderr, /LOG_LEVEL must be one of .*got "loud"/);
      assert.equal(fs.existsSync(path.join(dir, 'x.sqlite')), false, 'nothing was created');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const target of TARGETS) {
  describe(`helix on ${target.name}`, () => {
    let database: TargetDatabase;
    const env = () => ({ DATABASE_URL: database.url, DATA_DIR: os.tmpdir() });

    before(async () => {
      database = await target.create();
    });
    after(async () => {
      await database.drop();
    });

    it('migrates: --status lists what is pending, migrate applies it once, then all are applied', async () => {
      const pending = await helix(['migrate', '--status'], env());
      assert.equal(pending.code, 0, pending.stderr);
      assert.equal(pending.stdout.trim(), `Pending: ${ALL_MIGRATIONS.join(', ')}`);
      const applied = await helix(['migrate'], env());
      assert.equal(applied.code, 0, applied.stderr);
      assert.equal(applied.stdout.trim(), `Applied: ${ALL_MIGRATIONS.join(', ')}`);
      const status = await helix(['migrate', '--status'], env());
      assert.equal(status.stdout.trim(), 'All migrations are applied.');
      assert.equal((await helix(['migrate'], env())).stdout.trim(), 'Nothing to migrate.');
    });

    it('creates a user with the password read from stdin', async () => {
      const run = await helix(
        ['user', 'create', '--email', 'A@B.test', '--role', 'admin', '--name', 'Ada Admin'],
        env(),
        'a-long-enough-password\n',
      );
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^Created admin a@b\.test \([0-9a-f-]{36}\)$/m);
      assert.ok(
        !run.stdout.includes('a-long-enough-password') && !run.stderr.includes('a-long-enough-password'),
      );
      const [user, ...others] = await database.users();
      assert.deepEqual(others, []);
      assert.equal(user?.email, 'a@b.test');
      assert.equal(user?.role, 'admin');
      assert.equal(user?.status, 'active');
      assert.match(user?.password_hash ?? '', /^\$argon2id\$/);

      const again = await helix(
        ['user', 'create', '--email', 'a@b.test', '--role', 'member'],
        env(),
        'another-long-password\n',
      );
      assert.equal(again.code, 1);
      assert.match(again.stderr, /exists already/);
      assert.equal((await database.users()).length, 1);
    });

    it('exits 2 with a message for a short password, a bad role or a bad e-mail, and creates nothing', async () => {
      const cases: [string[], string, RegExp][] = [
        [
          ['--email', 'short@b.test', '--role', 'member'],
          'short\n',
          /password \(stdin\) must have at least 10 characters/,
        ],
        [
          ['--email', 'role@b.test', '--role', 'emperor'],
          'a-long-enough-password\n',
          /--role must be one of admin, editor, member/,
        ],
        [
          ['--email', 'not-an-address', '--role', 'member'],
          'a-long-enough-password\n',
          /--email must be an e-mail address/,
        ],
        [['--role', 'member'], 'a-long-enough-password\n', /--email must be an e-mail address/],
      ];
      for (const [args, stdin, message] of cases) {
        const run = await helix(['user', 'create', ...args], env(), stdin);
        assert.equal(run.code, 2, args.join(' '));
        assert.match(run.stderr, message);
      }
      const both = await helix(
        ['user', 'create', '--email', 'x@b.test', '--role', 'emperor'],
        env(),
        'short',
      );
      assert.match(
        both.stderr,
        /--role must be one of.*; the password \(stdin\) must have at least/,
        'every problem at once',
      );
      assert.deepEqual(
        (await database.users()).map((u) => u.email),
        ['a@b.test'],
      );
    });
  });
}
