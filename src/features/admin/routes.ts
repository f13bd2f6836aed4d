// Administration: accounts and invitations, the mail outbox, the audit log. Admins only.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { fieldErrorsFrom, typedValues, type FieldErrors } from '../../web/forms.ts';
import { guard } from '../../web/guards.ts';
import { notFound } from '../../web/errors.ts';
import { sendPage } from '../../web/render.ts';
import { listAudit } from '../audit/service.ts';
import { inviteUser } from '../auth/service.ts';
import { findMessage, listMessages } from '../mail/service.ts';
import { listOrganisationOptions, organisationExists } from '../organisations/service.ts';
import { can } from '../users/policy.ts';
import { findUserById, listUsers, withoutSecret } from '../users/service.ts';
import { updateAccount } from './service.ts';
import { IdParams, InviteBody, PageQuery, UpdateUserBody } from './schema.ts';
import {
  adminHomeView,
  auditView,
  editUserView,
  inviteView,
  messageView,
  outboxView,
  usersView,
} from './views.ts';
import { adminPaths } from './paths.ts';

const PAGE_SIZE = 50;

function paging(page: number | undefined) {
  const current = page ?? 1;
  return { page: current, limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE };
}

export async function adminRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const base = (request: FastifyRequest) => ({ tr: request.tr, locale: request.locale });

  app.get('/admin', { preHandler: guard((u) => can(u, 'admin.access')) }, async (request, reply) =>
    sendPage(request, reply, {
      title: request.tr.t('admin.title'),
      section: 'admin',
      index: false,
      body: adminHomeView(base(request)),
    }),
  );

  const manageUsers = guard((u) => can(u, 'users.manage'));

  app.get(
    '/admin/users',
    { preHandler: manageUsers, schema: { querystring: PageQuery } },
    async (request, reply) => {
      const { page, limit, offset } = paging(request.query.page);
      const { items, total } = await listUsers(deps.db, { limit, offset });
      const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
      if (page > pageCount) return notFound(request, reply);
      return sendPage(request, reply, {
        title: request.tr.t('admin.users'),
        section: 'admin',
        index: false,
        body: usersView({ ...base(request), users: items, total, page, pageCount }),
      });
    },
  );

  const renderInvite = async (
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
        title: request.tr.t('admin.users.invite'),
        section: 'admin',
        index: false,
        body: inviteView({
          ...base(request),
          csrfToken: request.csrfToken,
          values,
          errors,
          formError,
          organisations: await listOrganisationOptions(deps.db),
        }),
      },
      status,
    );

  app.get('/admin/users/new', { preHandler: manageUsers }, async (request, reply) =>
    renderInvite(request, reply, 200, {}),
  );

  app.post(
    '/admin/users/new',
    { preHandler: manageUsers, schema: { body: InviteBody }, attachValidation: true },
    async (request, reply) => {
      const values = typedValues(request.body);
      if (request.validationError)
        return renderInvite(request, reply, 400, values, fieldErrorsFrom(request.validationError.validation));
      const organisationId = request.body.organisationId || null;
      if (organisationId && !(await organisationExists(deps.db, organisationId)))
        return renderInvite(request, reply, 400, values, { organisationId: { key: 'validation.choice' } });
      const result = await inviteUser(deps, request.session!.user.id, {
        ...request.body,
        displayName: request.body.displayName.trim(),
        organisationId,
      });
      if (!result.ok)
        return renderInvite(request, reply, 409, values, { email: { key: 'admin.users.exists' } });
      return reply
        .setFlash({ key: 'admin.users.invited', params: { email: request.body.email }, kind: 'success' })
        .redirect(adminPaths.section(request.locale, 'users'), 303);
    },
  );

  const renderEdit = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    status: number,
    values: Record<string, string>,
    errors: FieldErrors = {},
    formError?: string,
  ) => {
    const user = await findUserById(deps.db, id);
    if (!user) return notFound(request, reply);
    return sendPage(
      request,
      reply,
      {
        title: request.tr.t('admin.users.edit', { name: user.displayName }),
        section: 'admin',
        index: false,
        body: editUserView({
          ...base(request),
          csrfToken: request.csrfToken,
          user: withoutSecret(user),
          values,
          errors,
          formError,
          organisations: await listOrganisationOptions(deps.db),
        }),
      },
      status,
    );
  };

  app.get(
    '/admin/users/:id',
    { preHandler: manageUsers, schema: { params: IdParams } },
    async (request, reply) => renderEdit(request, reply, request.params.id, 200, {}),
  );

  app.post(
    '/admin/users/:id',
    { preHandler: manageUsers, schema: { params: IdParams, body: UpdateUserBody }, attachValidation: true },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const values = typedValues(request.body);
      if (request.validationError)
        return renderEdit(
          request,
          reply,
          id,
          400,
          values,
          fieldErrorsFrom(request.validationError.validation),
        );
      const result = await updateAccount(deps, request.session!.user.id, id, {
        role: request.body.role,
        status: request.body.status,
        organisationId: request.body.organisationId || null,
      });
      if (!result.ok) {
        if (result.reason === 'not_found') return notFound(request, reply);
        if (result.reason === 'unknown_organisation')
          return renderEdit(request, reply, id, 400, values, {
            organisationId: { key: 'validation.choice' },
          });
        return renderEdit(request, reply, id, 409, values, {}, request.tr.t('admin.users.lastAdmin'));
      }
      return reply
        .setFlash({ key: 'admin.users.saved', kind: 'success' })
        .redirect(adminPaths.section(request.locale, 'users'), 303);
    },
  );

  const readOutbox = guard((u) => can(u, 'outbox.read'));

  app.get(
    '/admin/outbox',
    { preHandler: readOutbox, schema: { querystring: PageQuery } },
    async (request, reply) => {
      const { page, limit, offset } = paging(request.query.page);
      const { items, total } = await listMessages(deps.db, { limit, offset });
      const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
      if (page > pageCount) return notFound(request, reply);
      return sendPage(request, reply, {
        title: request.tr.t('admin.outbox'),
        section: 'admin',
        index: false,
        body: outboxView({ ...base(request), messages: items, page, pageCount }),
      });
    },
  );

  app.get(
    '/admin/outbox/:id',
    { preHandler: readOutbox, schema: { params: IdParams } },
    async (request, reply) => {
      const message = await findMessage(deps.db, request.params.id);
      if (!message) return notFound(request, reply);
      return sendPage(request, reply, {
        title: message.subject,
        section: 'admin',
        index: false,
        body: messageView({ ...base(request), message }),
      });
    },
  );

  app.get(
    '/admin/audit',
    { preHandler: guard((u) => can(u, 'audit.read')), schema: { querystring: PageQuery } },
    async (request, reply) => {
      const { page, limit, offset } = paging(request.query.page);
      const { items, total } = await listAudit(deps.db, { limit, offset });
      const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
      if (page > pageCount) return notFound(request, reply);
      return sendPage(request, reply, {
        title: request.tr.t('admin.audit'),
        section: 'admin',
        index: false,
        body: auditView({ ...base(request), entries: items, page, pageCount }),
      });
    },
  );
}
