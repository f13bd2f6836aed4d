// Administrators change the role, status and organisation of accounts: a disabled account loses
// its sessions, the last active administrator cannot be demoted, and every change is audited.
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import type { Role, UserStatus } from '../../kernel/identity.ts';
import { recordAudit } from '../audit/service.ts';
import { endSessionsOf } from '../auth/service.ts';
import { organisationExists } from '../organisations/service.ts';
import { countActiveAdmins, findUserById, updateUser } from '../users/service.ts';

export type UpdateResult =
  { ok: true } | { ok: false; reason: 'not_found' | 'last_admin' | 'unknown_organisation' };

export async function updateAccount(
  deps: Deps,
  actorId: string,
  userId: string,
  input: { role: Role; status: UserStatus; organisationId: string | null },
): Promise<UpdateResult> {
  return deps.db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) return { ok: false, reason: 'not_found' } as const;
    if (input.organisationId && !(await organisationExists(trx, input.organisationId)))
      return { ok: false, reason: 'unknown_organisation' } as const;
    const losesAdmin =
      user.role === 'admin' &&
      user.status === 'active' &&
      (input.role !== 'admin' || input.status !== 'active');
    if (losesAdmin && (await countActiveAdmins(trx)) <= 1)
      return { ok: false, reason: 'last_admin' } as const;
    // An invited account stays invited until its owner accepts; only active ⇄ disabled is an admin's choice.
    const status = user.status === 'invited' && input.status === 'active' ? 'invited' : input.status;
    await updateUser(
      trx,
      userId,
      { role: input.role, status, organisationId: input.organisationId },
      iso(deps.clock.now()),
    );
    if (status === 'disabled') await endSessionsOf(trx, userId);
    await recordAudit(deps, trx, {
      actorId,
      action: 'user.updated',
      subjectType: 'user',
      subjectId: userId,
      details: {
        from: { role: user.role, status: user.status, organisationId: user.organisationId },
        to: { role: input.role, status, organisationId: input.organisationId },
      },
    });
    return { ok: true } as const;
  });
}
