#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ (or under the folders given) with node:test,
// TypeScript loaded through tsx. Node 20's --test takes no globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const extra = process.argv.slice(2).filter((a) => a.startsWith('--'));

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(full);
    return e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = (roots.length > 0 ? roots : ['src', 'test'])
  .flatMap((r) => (r.endsWith('.ts') ? [r] : walk(r)))
  .sort();
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? String(Math.max(2, os.availableParallelism()));
const args = [
  '--import',
  'tsx',
  '--test',
  `--test-concurrency=${concurrency}`,
  '--test-reporter=spec',
  ...extra,
  ...files,
];
const result = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(result.status ?? 1);
