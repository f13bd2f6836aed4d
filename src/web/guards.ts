// Route guards: a visitor without a session is sent to sign in (pages) or gets 401 (API);
// a signed-in user whom the module's policy refuses gets 403.
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { User } from '../kernel/identity.ts';
import { forbidden, sendError } from './errors.ts';
import { shellPaths } from './paths.ts';

/** The signed-in user as the policies see them (id, role, organisation), or null for a visitor. */
export function currentActor(
  request: FastifyRequest,
): { id: string; role: User['role']; organisationId: string | null } | null {
  const user = request.session?.user;
  return user ? { id: user.id, role: user.role, organisationId: user.organisationId } : null;
}

export function requireSignIn(request: FastifyRequest, reply: FastifyReply): FastifyReply | null {
  if (request.session) return null;
  if (request.isApi || request.method !== 'GET') {
    return sendError(request, reply, {
      status: 401,
      code: 'unauthorized',
      title: 'error.403.title',
      body: 'auth.signInRequired',
    });
  }
  void reply.setFlash({ key: 'auth.signInRequired', kind: 'info' });
  return reply.redirect(shellPaths.signIn(request.locale, request.url), 303);
}

/** preHandler that lets a request through only when `allowed(user)` says so. */
export function guard(allowed: (user: User) => boolean): preHandlerAsyncHookHandler {
  return async (request, reply) => {
    const refused = requireSignIn(request, reply);
    if (refused) return refused;
    if (!allowed(request.session!.user)) return forbidden(request, reply);
  };
}

/** The signed-in actor on a route whose guard has turned visitors away already. */
export function signedInActor(request: FastifyRequest): {
  id: string;
  role: User['role'];
  organisationId: string | null;
} {
  const actor = currentActor(request);
  if (!actor) throw new Error('a guarded route without a signed-in user');
  return actor;
}
