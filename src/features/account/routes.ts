// The signed-in user's own page: details, devices, password.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { passwordErrors, type FieldErrors } from '../../web/forms.ts';
import { guard } from '../../web/guards.ts';
import { sendPage } from '../../web/render.ts';
import { changePassword, countSessions } from '../auth/service.ts';
import { ChangePasswordBody } from '../auth/schema.ts';
import { can } from '../users/policy.ts';
import { accountView } from './views.ts';
import { accountPaths } from './paths.ts';

export async function accountRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const onlyUsers = guard((user) => can(user, 'account.use'));

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    errors: FieldErrors = {},
    formError?: string,
  ) => {
    const session = request.session!;
    return sendPage(
      request,
      reply,
      {
        title: request.tr.t('account.title'),
        section: 'account',
        index: false,
        body: accountView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          user: session.user,
          sessions: await countSessions(deps, session.user.id),
          errors,
          formError,
        }),
      },
      status,
    );
  };

  app.get('/account', { preHandler: onlyUsers }, async (request, reply) => render(request, reply, 200));

  app.post(
    '/account/password',
    { preHandler: onlyUsers, schema: { body: ChangePasswordBody }, attachValidation: true },
    async (request, reply) => {
      const errors = passwordErrors(request, request.body ?? {});
      if (Object.keys(errors).length > 0) return render(request, reply, 400, errors);
      const result = await changePassword(deps, request.session!, {
        current: request.body.current,
        password: request.body.password,
      });
      if (!result.ok)
        return render(request, reply, 400, { current: { key: 'account.currentPasswordWrong' } });
      return reply
        .setFlash({ key: 'account.passwordChanged', kind: 'success' })
        .redirect(accountPaths.account(request.locale), 303);
    },
  );
}
