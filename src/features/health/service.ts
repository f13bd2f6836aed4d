// Readiness as DESIGN.md defines it: 200 when the database answers and every migration is
// applied, 503 otherwise (with what is wrong).
import type { Deps } from '../../deps.ts';
import { pendingMigrations, ping } from './repository.ts';

export type Readiness =
  | { ready: true; dialect: Deps['dialect'] }
  | { ready: false; database: 'ok'; pendingMigrations: string[] }
  | { ready: false; database: 'unreachable'; error: unknown };

export async function readiness(deps: Pick<Deps, 'db' | 'dialect'>): Promise<Readiness> {
  try {
    await ping(deps.db);
    const pending = await pendingMigrations(deps.db);
    if (pending.length > 0) return { ready: false, database: 'ok', pendingMigrations: pending };
    return { ready: true, dialect: deps.dialect };
  } catch (error) {
    return { ready: false, database: 'unreachable', error };
  }
}
