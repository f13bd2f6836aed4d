// All migrations, in order. Forward-only: append new files, never edit or reorder old ones.
import type { Migration } from 'kysely';
import * as m0001 from './0001-platform.ts';
import * as m0002 from './0002-knowledge-hub.ts';
import * as m0003 from './0003-support-requests.ts';
import * as m0004 from './0004-taskforces.ts';

export const migrations: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-knowledge-hub': m0002,
  '0003-support-requests': m0003,
  '0004-taskforces': m0004,
};
