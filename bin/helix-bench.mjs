#!/usr/bin/env node
// `npm run bench`: see bench/run.ts and docs/PERFORMANCE.md.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../bench/run.ts');
process.exitCode = await main(process.argv.slice(2));
