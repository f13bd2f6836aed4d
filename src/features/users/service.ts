// User records as the other modules use them (auth signs them in, admin manages them, the seed
// creates the demo accounts). Reads and writes need no rule beyond the repository's; the rules
// about who may change what live in the modules that change them (auth, admin) and in policy.ts.
import type { Deps } from '../../deps.ts';
import { anyUser } from './repository.ts';

export {
  countActiveAdmins,
  findUserByEmail,
  findUserById,
  insertUser,
  listUsers,
  moveUsersToOrganisation,
  normaliseEmail,
  updateUser,
  withoutSecret,
  type NewUser,
  type User,
  type UserWithSecret,
} from './repository.ts';

/** Whether any account exists (the demo is seeded only into an empty installation). */
export async function hasAnyUser(deps: Pick<Deps, 'db'>): Promise<boolean> {
  return anyUser(deps.db);
}
