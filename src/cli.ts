// The `helix` command: serve, migrate, seed, user. `helix --help` lists everything.
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from './config.ts';
import { migrateToLatest, openDatabase, pendingMigrations } from './db/database.ts';
import { createDeps } from './deps.ts';
import { createUser } from './features/auth/service.ts';
import { isRole, ROLES } from './kernel/identity.ts';
import { syncReferenceData } from './features/reference/service.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './lib/passwords.ts';
import { seedDemo, demoCredentialsText } from './seed/demo.ts';
import { seedSynthetic } from './seed/synthetic.ts';
import { handleSignals, startServer } from './server.ts';
import { runHousekeeping } from './jobs.ts';

const HELP = `Usage: helix <command> [options]

Commands:
  serve                         Migrate, seed the demo on an empty database, and serve Helix
  migrate [--status]            Apply pending database migrations (or list them)
  seed                          Seed the demo content into an empty database
  seed --synthetic N [--seed S] Add N synthetic items (benchmarks, load tests)
  housekeeping                  Run the scheduled jobs once (retention of support requests,
                                expired sessions, old rate-limit counters, search index compaction)
  user create --email E --role R [--name N]
                                Create an active account; the password is read from stdin
                                Roles: ${ROLES.join(', ')}

Options:
  -h, --help                    Show this help

Configuration comes from the environment; see .env.example and the README.`;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (input is visible; end with Enter): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.toString().includes('\n')) break;
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function userCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help || positionals[0] !== 'create') {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const problems: string[] = [];
  if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
    problems.push('--email must be an e-mail address');
  if (!isRole(values.role)) problems.push(`--role must be one of ${ROLES.join(', ')}`);
  const password = await readStdin();
  if (password.length < PASSWORD_MIN_LENGTH)
    problems.push(`the password (stdin) must have at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH)
    problems.push(`the password (stdin) must have at most ${PASSWORD_MAX_LENGTH} characters`);
  if (problems.length > 0 || !values.email || !isRole(values.role)) {
    console.error(`helix user create: ${problems.join('; ')}`);
    return 2;
  }
  const deps = createDeps(loadConfig());
  try {
    await migrateToLatest(deps.db);
    const result = await createUser(deps, {
      email: values.email,
      password,
      role: values.role,
      ...(values.name ? { displayName: values.name } : {}),
    });
    if (!result.ok) {
      console.error(`helix user create: an account for ${values.email} exists already`);
      return 1;
    }
    console.log(`Created ${values.role} ${values.email.toLowerCase()} (${result.userId})`);
    return 0;
  } finally {
    await deps.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  try {
    switch (command) {
      case 'serve': {
        const server = await startServer(loadConfig());
        handleSignals(server);
        return -1; // keep running
      }
      case 'migrate': {
        const database = openDatabase(loadConfig().database);
        try {
          if (rest.includes('--status')) {
            const pending = await pendingMigrations(database.db);
            console.log(
              pending.length === 0 ? 'All migrations are applied.' : `Pending: ${pending.join(', ')}`,
            );
            return 0;
          }
          const applied = await migrateToLatest(database.db);
          console.log(applied.length === 0 ? 'Nothing to migrate.' : `Applied: ${applied.join(', ')}`);
          return 0;
        } finally {
          await database.close();
        }
      }
      case 'seed': {
        const deps = createDeps(loadConfig());
        try {
          await migrateToLatest(deps.db);
          await syncReferenceData(deps.db, deps.newId);
          const { values } = parseArgs({
            args: rest,
            options: { synthetic: { type: 'string' }, seed: { type: 'string' } },
          });
          if (values.synthetic !== undefined) {
            const count = Number(values.synthetic);
            if (!Number.isInteger(count) || count < 1 || count > 5_000_000) {
              console.error('helix seed: --synthetic takes a whole number between 1 and 5,000,000');
              return 2;
            }
            const report = await seedSynthetic(deps, count, {
              seed: values.seed ? Number(values.seed) : 42,
              onProgress: (done) => process.stderr.write(`\r${done} / ${count} items`),
            });
            process.stderr.write('\n');
            console.log(
              `Added ${report.items} synthetic items and ${report.organisations} organisations in ${(report.ms / 1000).toFixed(1)} s.`,
            );
            return 0;
          }
          if (await seedDemo(deps))
            console.log(`Demo content seeded. Demo sign-in (demo only):\n${demoCredentialsText()}`);
          else console.log('The database has accounts already; the demo was not seeded.');
          return 0;
        } finally {
          await deps.close();
        }
      }
      case 'user':
        return await userCommand(rest);
      case 'housekeeping': {
        const deps = createDeps(loadConfig());
        try {
          await migrateToLatest(deps.db);
          const reports = await runHousekeeping(deps);
          console.log(['Housekeeping done:', ...reports].join(' '));
          return 0;
        } finally {
          await deps.close();
        }
      }
      default:
        console.error(`helix: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 78;
    }
    throw err;
  }
}
