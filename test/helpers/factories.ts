// Factories: each call makes fresh, unique records, so tests never share fixtures.
import type { Deps } from '../../src/deps.ts';
import type { Role } from '../../src/kernel/identity.ts';
import { createUser } from '../../src/features/auth/service.ts';
import { insertOrganisation } from '../../src/features/organisations/repository.ts';
import { iso } from '../../src/lib/clock.ts';

let counter = 0;
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

export interface MadeUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

export async function makeUser(
  deps: Deps,
  role: Role = 'member',
  extra: { organisationId?: string | null; locale?: string } = {},
): Promise<MadeUser> {
  const email = `${unique(role)}@example.test`;
  const password = `pw-${unique('secret')}`;
  const result = await createUser(deps, { email, password, role, displayName: `Test ${role}`, ...extra });
  if (!result.ok) throw new Error('user exists');
  return { id: result.userId, email, password, role };
}

export async function makeOrganisation(
  deps: Deps,
  name = unique('Organisation'),
): Promise<{ id: string; name: string; slug: string }> {
  const id = deps.newId();
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await insertOrganisation(deps.db, {
    id,
    slug,
    name,
    shortName: null,
    kind: 'association',
    countryCode: 'NL',
    website: null,
    now: iso(deps.clock.now()),
  });
  return { id, name, slug };
}
