// Sign-in, sign-out, password reset and invitation pages (registered under each /{locale}).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { fieldErrorsFrom, passwordErrors, typedValues, type FieldErrors } from '../../web/forms.ts';
import { localPath } from '../../web/html.ts';
import { sendPage } from '../../web/render.ts';
import { SESSION_COOKIE, isSecureRequest } from '../../web/context.ts';
import { requireSignIn } from '../../web/guards.ts';
import * as auth from './service.ts';
import { ForgotBody, InviteAcceptBody, ResetBody, SignInBody, SignInQuery, TokenParams } from './schema.ts';
import { forgotSentView, forgotView, inviteView, resetView, signInView, tokenInvalidView } from './views.ts';
import { shellPaths } from '../../web/paths.ts';
import { authPaths } from './paths.ts';

/** Where to go after sign-in, with every byte that may not stand in a Location header percent-encoded. */
function nextPath(value: unknown): string | null {
  const path = localPath(value);
  if (path === null) return null;
  return path.replace(/[^\x21-\x7e]/gu, (c) =>
    [...Buffer.from(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

function minutes(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 60_000)));
}

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  const renderSignIn = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values: Record<string, string>,
    errors: FieldErrors = {},
    formError?: string,
  ) =>
    sendPage(
      request,
      reply,
      {
        title: request.tr.t('auth.signIn.title'),
        index: false,
        body: signInView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          values,
          errors,
          formError,
          next: localPath(values.next),
        }),
      },
      status,
    );

  app.get('/sign-in', { schema: { querystring: SignInQuery } }, async (request, reply) => {
    if (request.session) return reply.redirect(shellPaths.account(request.locale), 303);
    return renderSignIn(request, reply, 200, { next: request.query.next ?? '' });
  });

  app.post('/sign-in', { schema: { body: SignInBody }, attachValidation: true }, async (request, reply) => {
    const values = typedValues(request.body);
    if (request.validationError)
      return renderSignIn(request, reply, 400, values, fieldErrorsFrom(request.validationError.validation));
    const result = await auth.signIn(deps, {
      email: request.body.email,
      password: request.body.password,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      previousSessionId: request.session?.sessionId ?? null,
    });
    if (!result.ok) {
      return result.reason === 'throttled'
        ? renderSignIn(
            request,
            reply.header('retry-after', Math.ceil(result.retryAfterMs / 1000)),
            429,
            values,
            {},
            request.tr.t('auth.signIn.throttled', { minutes: minutes(result.retryAfterMs) }),
          )
        : renderSignIn(request, reply, 401, values, {}, request.tr.t('auth.signIn.failed'));
    }
    void reply.setCookie(SESSION_COOKIE, result.sessionToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: isSecureRequest(request, deps.config.baseUrl),
      maxAge: auth.SESSION_MAX_MS / 1000,
    });
    return reply
      .setFlash({ key: 'auth.signedIn', kind: 'success' })
      .redirect(nextPath(request.body.next) ?? shellPaths.home(request.locale), 303);
  });

  app.post('/sign-out', async (request, reply) => {
    if (request.session) await auth.signOut(deps, request.session);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply
      .setFlash({ key: 'auth.signedOut', kind: 'info' })
      .redirect(shellPaths.home(request.locale), 303);
  });

  app.post('/account/sign-out-everywhere', async (request, reply) => {
    const refused = requireSignIn(request, reply);
    if (refused) return refused;
    await auth.signOutEverywhere(deps, request.session!.user.id, request.session!.user.id);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply
      .setFlash({ key: 'auth.signedOutEverywhere', kind: 'info' })
      .redirect(shellPaths.home(request.locale), 303);
  });

  const renderForgot = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values: Record<string, string>,
    errors: FieldErrors = {},
    formError?: string,
  ) =>
    sendPage(
      request,
      reply,
      {
        title: request.tr.t('auth.forgot.title'),
        index: false,
        body: forgotView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          values,
          errors,
          formError,
        }),
      },
      status,
    );

  app.get('/password/forgot', async (request, reply) => renderForgot(request, reply, 200, {}));

  app.post(
    '/password/forgot',
    { schema: { body: ForgotBody }, attachValidation: true },
    async (request, reply) => {
      const values = typedValues(request.body);
      if (request.validationError)
        return renderForgot(request, reply, 400, values, fieldErrorsFrom(request.validationError.validation));
      const result = await auth.requestPasswordReset(deps, { email: request.body.email, ip: request.ip });
      if (!result.ok)
        return renderForgot(
          request,
          reply.header('retry-after', Math.ceil(result.retryAfterMs / 1000)),
          429,
          values,
          {},
          request.tr.t('auth.signIn.throttled', { minutes: minutes(result.retryAfterMs) }),
        );
      return sendPage(request, reply, {
        title: request.tr.t('auth.forgot.title'),
        index: false,
        body: forgotSentView(request.tr, request.body.email),
      });
    },
  );

  const invalidToken = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(
      request,
      reply,
      {
        title: request.tr.t('auth.token.invalid.title'),
        index: false,
        body: tokenInvalidView(request.tr, request.locale),
      },
      410,
    );

  const renderReset = (
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    status: number,
    errors: FieldErrors = {},
  ) =>
    sendPage(
      request,
      reply,
      {
        title: request.tr.t('auth.reset.title'),
        index: false,
        body: resetView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          values: {},
          errors,
          token,
        }),
      },
      status,
    );

  app.get('/password/reset/:token', { schema: { params: TokenParams } }, async (request, reply) => {
    if (!(await auth.checkToken(deps, request.params.token, 'reset'))) return invalidToken(request, reply);
    return renderReset(request, reply, request.params.token, 200);
  });

  app.post(
    '/password/reset/:token',
    { schema: { params: TokenParams, body: ResetBody }, attachValidation: true },
    async (request, reply) => {
      const { token } = request.params as { token: string };
      if (!(await auth.checkToken(deps, token, 'reset'))) return invalidToken(request, reply);
      const errors = passwordErrors(request, request.body ?? {});
      if (Object.keys(errors).length > 0) return renderReset(request, reply, token, 400, errors);
      const result = await auth.resetPassword(deps, { token, password: request.body.password });
      if (!result.ok) return invalidToken(request, reply);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply
        .setFlash({ key: 'auth.reset.done', kind: 'success' })
        .redirect(authPaths.signIn(request.locale), 303);
    },
  );

  const renderInvite = async (
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    status: number,
    values: Record<string, string>,
    errors: FieldErrors = {},
  ) => {
    const found = await auth.checkToken(deps, token, 'invite');
    if (!found) return invalidToken(request, reply);
    return sendPage(
      request,
      reply,
      {
        title: request.tr.t('auth.invite.title'),
        index: false,
        body: inviteView({
          tr: request.tr,
          locale: request.locale,
          csrfToken: request.csrfToken,
          errors,
          token,
          values: { displayName: found.user.displayName, ...values },
          role: request.tr.t(`role.${found.user.role}`),
        }),
      },
      status,
    );
  };

  app.get('/invitation/:token', { schema: { params: TokenParams } }, async (request, reply) =>
    renderInvite(request, reply, request.params.token, 200, {}),
  );

  app.post(
    '/invitation/:token',
    { schema: { params: TokenParams, body: InviteAcceptBody }, attachValidation: true },
    async (request, reply) => {
      const { token } = request.params as { token: string };
      const errors = passwordErrors(request, request.body ?? {});
      if (Object.keys(errors).length > 0)
        return renderInvite(request, reply, token, 400, typedValues(request.body), errors);
      const result = await auth.acceptInvitation(deps, {
        token,
        displayName: request.body.displayName.trim(),
        password: request.body.password,
      });
      if (!result.ok) return invalidToken(request, reply);
      return reply
        .setFlash({ key: 'auth.invite.done', kind: 'success' })
        .redirect(authPaths.signIn(request.locale), 303);
    },
  );
}
