// All migrations, in order. Forward-only: append new files, never edit or reorder old ones.
import type { Migration } from 'kysely';
import * as m0001 from './0001-platform.ts';

export const migrations: Record<string, Migration> = {
  '0001-platform': m0001,
};
