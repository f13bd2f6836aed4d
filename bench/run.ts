// `npm run bench`: Helix on N items (default 100,000) on SQLite and on PostgreSQL, under
// concurrent load, beside a bare node:http server measured in the same run. Each target runs in
// its own process; the load generator runs here. Results go to stdout and docs/PERFORMANCE.md.
//
//   BENCH_ITEMS=100000 BENCH_DURATION=10 BENCH_CONNECTIONS=4 [BENCH_ONLY=search] \
//   BENCH_DATABASE_URL=postgres://user:pass@127.0.0.1:5432/postgres npm run bench
//
// BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a PostgreSQL server whose role may create
// databases; without one the PostgreSQL half is skipped with a notice. Prepared databases are kept
// (.tmp/bench/ for SQLite, database helix_bench_<N> on PostgreSQL) and reused by later runs.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { migrateToLatest } from '../src/db/database.ts';
import { createDeps } from '../src/deps.ts';
import { syncReferenceData } from '../src/features/reference/service.ts';
import { getSetting, putSetting } from '../src/kernel/repository-settings.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { seedSynthetic, syntheticWords } from '../src/seed/synthetic.ts';
import { runLoad, type LoadResult } from './load.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const N = Number(process.env.BENCH_ITEMS ?? 100_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10) * 1000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const WARMUP = 2000;
/** BENCH_ONLY=search: measure only the endpoints whose name matches (for quick checks; the report is still written). */
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;

interface Target {
  name: string;
  databaseUrl: string;
}

async function prepare(databaseUrl: string): Promise<void> {
  const deps = createDeps(
    loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', DATA_DIR: path.join(ROOT, '.tmp/bench') }),
  );
  try {
    await migrateToLatest(deps.db);
    await syncReferenceData(deps.db, deps.newId);
    if ((await getSetting(deps.db, 'bench_items')) === String(N)) return;
    await seedDemo(deps);
    const have = Number(
      (
        await deps.db
          .selectFrom('items')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (have < N) {
      console.log(`  seeding ${N - have} synthetic items…`);
      const report = await seedSynthetic(deps, N - have, {
        onProgress: (d) => process.stdout.write(`\r  ${d} / ${N - have}`),
      });
      console.log(`\n  seeded in ${(report.ms / 1000).toFixed(0)} s`);
    }
    const now = new Date().toISOString();
    await putSetting(deps.db, 'bench_items', String(N), now);
  } finally {
    await deps.close();
  }
}

/**
 * Searches no earlier request made: every word of the synthetic texts alone and every pair of them,
 * in a fixed shuffled order, alternating English and Dutch pages. A run sends a few thousand, so
 * none repeats and no cache can answer: this measures the full cost of ranking a new query.
 */
function newSearches(): string[] {
  const words = syntheticWords();
  const queries = [...words, ...words.flatMap((a, i) => words.slice(i + 1).map((b) => `${a} ${b}`))];
  let seed = 42;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [queries[i], queries[j]] = [queries[j]!, queries[i]!];
  }
  return queries.map((q, i) => `/${i % 2 ? 'nl' : 'en'}/search?q=${encodeURIComponent(q)}`);
}

async function samplePaths(databaseUrl: string): Promise<Record<string, string[]>> {
  const deps = createDeps(
    loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', DATA_DIR: path.join(ROOT, '.tmp/bench') }),
  );
  try {
    const items = await deps.db
      .selectFrom('items')
      .select('slug')
      .where('listed', '=', true)
      .where('visibility', '=', 'public')
      .orderBy('id')
      .limit(2000)
      .execute();
    const orgs = await deps.db
      .selectFrom('organisations')
      .innerJoin('items', 'items.organisation_id', 'organisations.id')
      .select('organisations.slug')
      .groupBy('organisations.slug')
      .limit(200)
      .execute();
    const every = <T>(list: T[], step: number) => list.filter((_, i) => i % step === 0);
    return {
      'library, two facets': [
        '/en/library?type=programme&country=NL',
        '/en/library?type=report&level=secondary',
        '/en/library?country=DE&theme=gender',
        '/en/library?type=tool&year=2019',
        '/nl/library?type=programme&level=primary',
        '/en/library?country=FI&type=news',
      ],
      'search, repeated queries': [
        '/en/search?q=robotics',
        '/en/search?q=teachers+training',
        '/nl/search?q=wiskunde',
        '/en/search?q=girls',
        '/en/search?q=energy+transition',
        '/en/search?q=b%C3%A8ta',
      ],
      'search, every query new': newSearches(),
      'item page': every(items, 20).map((i) => `/en/library/${i.slug}`),
      'organisation page': orgs.map((o) => `/en/organisations/${o.slug}`),
      'members page': ['/en/members', '/nl/members'],
    };
  } finally {
    await deps.close();
  }
}

/** Start a target in its own process and wait until it answers on `port`. */
async function start(
  command: string[],
  env: Record<string, string>,
  port: number,
  probe: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`${command.join(' ')} exited with ${exited}`);
    const ok = await fetch(`http://127.0.0.1:${port}${probe}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`timed out starting ${command.join(' ')}`);
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function measureHelix(target: Target, baseline: LoadResult): Promise<string[]> {
  console.log(`\n${target.name}: preparing ${N} items`);
  await prepare(target.databaseUrl);
  const paths = await samplePaths(target.databaseUrl);
  const port = await freePort();
  const child = await start(
    ['bin/helix.mjs', 'serve'],
    {
      DATABASE_URL: target.databaseUrl,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      BASE_URL: `http://127.0.0.1:${port}`,
    },
    port,
    '/readyz',
  );
  const rows: string[] = [];
  try {
    for (const [name, list] of Object.entries(paths)) {
      if (ONLY && !ONLY.test(name)) continue;
      const r = await runLoad(`http://127.0.0.1:${port}`, list, {
        connections: CONNECTIONS,
        durationMs: DURATION,
        warmupMs: WARMUP,
      });
      const line = `| ${target.name} | ${name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} | ${(r.rps / baseline.rps).toFixed(3)} | ${(r.p95 / baseline.p95).toFixed(1)}× | ${r.errors} |`;
      console.log(line);
      rows.push(line);
    }
  } finally {
    child.kill('SIGTERM');
  }
  return rows;
}

async function postgresTarget(): Promise<Target | null> {
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!admin) return null;
  const name = `helix_bench_${N}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { name: 'PostgreSQL', databaseUrl: url.toString() };
}

function writeReport(rows: string[], baseline: LoadResult, notes: string[]): void {
  const file = path.join(ROOT, 'docs/PERFORMANCE.md');
  const header = `| database | endpoint | p50 ms | p95 ms | p99 ms | req/s | req/s ÷ bare | p95 ÷ bare | errors |\n|---|---|---|---|---|---|---|---|---|`;
  const base = `| — | bare node:http (same run) | ${baseline.p50.toFixed(1)} | ${baseline.p95.toFixed(1)} | ${baseline.p99.toFixed(1)} | ${baseline.rps.toFixed(0)} | 1.000 | 1.0× | ${baseline.errors} |`;
  const section = [
    '<!-- bench:start -->',
    `Run on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node.js ${process.version}, ${N.toLocaleString('en')} items, ${CONNECTIONS} concurrent connections, ${DURATION / 1000} s per endpoint after ${WARMUP / 1000} s warm-up.`,
    '',
    header,
    base,
    ...rows,
    ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
    '<!-- bench:end -->',
  ].join('\n');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const next = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/.test(current)
    ? current.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, section)
    : `${current}\n${section}\n`;
  fs.writeFileSync(file, next);
  console.log(`\nWritten to ${path.relative(ROOT, file)}`);
}

export async function main(_args: string[]): Promise<number> {
  fs.mkdirSync(path.join(ROOT, '.tmp/bench'), { recursive: true });
  const notes: string[] = [];
  const port = await freePort();
  const bare = await start(['bench/baseline.mjs'], {}, port, '/');
  let baseline: LoadResult;
  try {
    baseline = await runLoad(`http://127.0.0.1:${port}`, ['/'], {
      connections: CONNECTIONS,
      durationMs: DURATION,
      warmupMs: WARMUP,
    });
  } finally {
    bare.kill('SIGTERM');
  }
  console.log(
    `bare node:http: p50 ${baseline.p50.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms, ${baseline.rps.toFixed(0)} req/s`,
  );
  const rows: string[] = [];
  rows.push(
    ...(await measureHelix(
      { name: 'SQLite', databaseUrl: `sqlite:${path.join(ROOT, `.tmp/bench/helix-${N}.sqlite`)}` },
      baseline,
    )),
  );
  const pgTarget = await postgresTarget();
  if (pgTarget) rows.push(...(await measureHelix(pgTarget, baseline)));
  else
    notes.push(
      'PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server whose role may create databases.',
    );
  writeReport(rows, baseline, notes);
  return 0;
}
