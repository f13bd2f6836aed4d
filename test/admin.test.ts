// Administration: who may reach every admin route, and what the user, outbox and audit pages do.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../src/kernel/identity.ts';
import { queueMail } from '../src/features/mail/service.ts';
import { ROLES } from '../src/kernel/identity.ts';
import { translator, type MessageKey, type MessageParams } from '../src/i18n/index.ts';
import { escapeHtml } from '../src/web/html.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser, unique, type MadeUser } from './helpers/factories.ts';

const t = (key: MessageKey, params?: MessageParams) => escapeHtml(translator('en').t(key, params));
const has = (body: string, text: string) =>
  assert.ok(body.includes(text), `expected the page to contain «${text}»`);
const NON_ADMIN_ROLES = ROLES.filter((r) => r !== 'admin');

for (const dialect of DIALECTS) {
  describe(`admin on ${dialect}`, () => {
    let ctx: TestContext;

    before(async () => {
      ctx = await createTestContext(dialect);
    });
    after(async () => {
      await ctx?.close();
    });

    async function signedIn(user: MadeUser): Promise<TestClient> {
      const client = new TestClient(ctx.app);
      assert.equal((await client.signIn(user.email, user.password)).statusCode, 303);
      return client;
    }
    const signedInAs = async (role: Role) => signedIn(await makeUser(ctx.deps, role));
    const userRow = (id: string) =>
      ctx.deps.db
        .selectFrom('users')
        .select(['role', 'status', 'organisation_id'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const sessionCount = async (userId: string) =>
      (await ctx.deps.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length;

    /** Post the edit form of a user as `client`, with a CSRF token from a page it may see. */
    async function editUser(
      client: TestClient,
      id: string,
      form: Record<string, string>,
      tokenPage = `/en/admin/users/${id}`,
    ) {
      await client.get(tokenPage);
      return client.post(`/en/admin/users/${id}`, { _csrf: client.csrf(), organisationId: '', ...form });
    }

    describe('authorization of every route', () => {
      let target: MadeUser;
      let mailId: string;
      const getRoutes = () => [
        '/en/admin',
        '/en/admin/users',
        '/en/admin/users/new',
        `/en/admin/users/${target.id}`,
        '/en/admin/outbox',
        `/en/admin/outbox/${mailId}`,
        '/en/admin/audit',
      ];
      const postRoutes = (): { url: string; form: Record<string, string> }[] => [
        {
          url: '/en/admin/users/new',
          form: {
            email: `${unique('refused')}@example.test`,
            displayName: 'Refused',
            role: 'admin',
            organisationId: '',
            locale: 'en',
          },
        },
        {
          url: `/en/admin/users/${target.id}`,
          form: { role: 'admin', status: 'active', organisationId: '' },
        },
      ];

      before(async () => {
        target = await makeUser(ctx.deps, 'member');
        mailId = await queueMail(ctx.deps, ctx.deps.db, {
          to: target.email,
          subject: 'Authorization probe',
          text: 'Body of the probe.',
        });
      });

      async function assertNothingChanged(): Promise<void> {
        assert.deepEqual(await userRow(target.id), {
          role: 'member',
          status: 'active',
          organisation_id: null,
        });
        const refused = await ctx.deps.db
          .selectFrom('users')
          .select('id')
          .where('display_name', '=', 'Refused')
          .execute();
        assert.deepEqual(refused, []);
      }

      it('sends a visitor to sign in (GET) and answers 401 to a form (POST)', async () => {
        const visitor = new TestClient(ctx.app);
        for (const url of getRoutes()) {
          const response = await visitor.get(url);
          assert.equal(response.statusCode, 303, url);
          assert.equal(response.headers.location, `/en/sign-in?next=${encodeURIComponent(url)}`);
        }
        await visitor.get('/en/sign-in');
        const token = visitor.csrf();
        for (const { url, form } of postRoutes()) {
          const response = await visitor.post(url, { _csrf: token, ...form });
          assert.equal(response.statusCode, 401, url);
        }
        await assertNothingChanged();
      });

      for (const role of NON_ADMIN_ROLES) {
        it(`refuses a signed-in ${role} with 403 on every route`, async () => {
          const client = await signedInAs(role);
          for (const url of getRoutes()) {
            const response = await client.get(url);
            assert.equal(response.statusCode, 403, `${role} GET ${url}`);
            has(response.body, t('error.403.title'));
            assert.ok(!response.body.includes('Authorization probe'), 'nothing of the page leaks');
          }
          await client.get('/en/account');
          const token = client.csrf();
          for (const { url, form } of postRoutes()) {
            assert.equal(
              (await client.post(url, { _csrf: token, ...form })).statusCode,
              403,
              `${role} POST ${url}`,
            );
          }
          await assertNothingChanged();
        });
      }

      it('lets an admin see every page (200) and use both forms (303)', async () => {
        const admin = await signedInAs('admin');
        for (const url of getRoutes()) {
          const response = await admin.get(url);
          assert.equal(response.statusCode, 200, url);
          assert.match(response.headers['cache-control'] ?? '', /no-store/);
        }
        const [invite, edit] = postRoutes();
        assert.ok(invite && edit);
        assert.equal((await admin.submit('/en/admin/users/new', invite.url, invite.form)).statusCode, 303);
        assert.equal(
          (await editUser(admin, target.id, { role: 'editor', status: 'active' })).statusCode,
          303,
        );
        assert.deepEqual(await userRow(target.id), {
          role: 'editor',
          status: 'active',
          organisation_id: null,
        });
        const invited = await ctx.deps.db
          .selectFrom('users')
          .select('status')
          .where('email', '=', invite.form.email ?? '')
          .executeTakeFirstOrThrow();
        assert.equal(invited.status, 'invited');
      });
    });

    describe('users', () => {
      it('keeps the last active admin: demoting or disabling them gives 409 and the reason', async () => {
        const admin = await makeUser(ctx.deps, 'admin');
        // Make this the only active admin of the database.
        await ctx.deps.db
          .updateTable('users')
          .set({ status: 'disabled' })
          .where('role', '=', 'admin')
          .where('id', '!=', admin.id)
          .execute();
        const client = await signedIn(admin);
        for (const form of [
          { role: 'editor', status: 'active' },
          { role: 'admin', status: 'disabled' },
        ]) {
          const response = await editUser(client, admin.id, form);
          assert.equal(response.statusCode, 409);
          has(response.body, t('admin.users.lastAdmin'));
          assert.deepEqual(await userRow(admin.id), {
            role: 'admin',
            status: 'active',
            organisation_id: null,
          });
        }
        const second = await makeUser(ctx.deps, 'admin');
        assert.equal(
          (await editUser(client, second.id, { role: 'member', status: 'active' })).statusCode,
          303,
          'another admin may be demoted…',
        );
        await editUser(client, second.id, { role: 'admin', status: 'active' });
        assert.equal(
          (await editUser(client, admin.id, { role: 'editor', status: 'active' })).statusCode,
          303,
          '…and so may this one, once it is not the last',
        );
        assert.equal((await userRow(admin.id)).role, 'editor');
      });

      it('ends every session of a user it disables', async () => {
        const admin = await signedInAs('admin');
        const member = await makeUser(ctx.deps, 'member');
        const [laptop, phone] = [await signedIn(member), await signedIn(member)];
        const response = await editUser(admin, member.id, { role: 'member', status: 'disabled' });
        assert.equal(response.statusCode, 303);
        assert.equal(response.headers.location, '/en/admin/users');
        assert.equal((await userRow(member.id)).status, 'disabled');
        assert.equal(await sessionCount(member.id), 0);
        for (const client of [laptop, phone]) assert.equal((await client.get('/en/account')).statusCode, 303);
        assert.equal((await new TestClient(ctx.app).signIn(member.email, member.password)).statusCode, 401);
      });

      it('answers 404 for an unknown user id and 400 for a bad choice, changing nothing', async () => {
        const admin = await signedInAs('admin');
        assert.equal((await admin.get('/en/admin/users/no-such-user')).statusCode, 404);
        assert.equal(
          (await editUser(admin, 'no-such-user', { role: 'member', status: 'active' }, '/en/admin/users'))
            .statusCode,
          404,
        );
        assert.equal((await admin.get(`/en/admin/users/${'x'.repeat(65)}`)).statusCode, 400);
        const member = await makeUser(ctx.deps, 'member');
        const bad = await editUser(admin, member.id, { role: 'emperor', status: 'active' });
        assert.equal(bad.statusCode, 400);
        has(bad.body, t('validation.choice'));
        const unknownOrganisation = await editUser(admin, member.id, {
          role: 'editor',
          status: 'active',
          organisationId: 'no-such-organisation',
        });
        assert.equal(unknownOrganisation.statusCode, 400);
        assert.deepEqual(await userRow(member.id), {
          role: 'member',
          status: 'active',
          organisation_id: null,
        });
      });

      it('keeps an invited account invited until its owner accepts', async () => {
        const admin = await signedInAs('admin');
        const email = `${unique('pending')}@example.test`;
        await admin.submit('/en/admin/users/new', '/en/admin/users/new', {
          email,
          displayName: 'Pending',
          role: 'member',
          organisationId: '',
          locale: 'en',
        });
        const { id } = await ctx.deps.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', email)
          .executeTakeFirstOrThrow();
        assert.equal((await editUser(admin, id, { role: 'editor', status: 'active' })).statusCode, 303);
        assert.deepEqual(await userRow(id), { role: 'editor', status: 'invited', organisation_id: null });
      });
    });

    describe('outbox and audit log', () => {
      it('lists held mail and shows a message in full', async () => {
        const admin = await signedInAs('admin');
        const id = await queueMail(ctx.deps, ctx.deps.db, {
          to: 'reader@example.test',
          subject: 'A <b>held</b> message',
          text: 'Line one\nLine <two>',
        });
        const list = await admin.get('/en/admin/outbox');
        has(list.body, `<a href="/en/admin/outbox/${id}">A &lt;b&gt;held&lt;/b&gt; message</a>`);
        const page = await admin.get(`/en/admin/outbox/${id}`);
        assert.equal(page.statusCode, 200);
        has(page.body, t('admin.outbox.status.held'));
        has(page.body, 'Line one\nLine &lt;two&gt;');
        assert.equal((await admin.get('/en/admin/outbox/no-such-message')).statusCode, 404);
      });

      it('records sign-ins and user changes, with who did them', async () => {
        const admin = await makeUser(ctx.deps, 'admin');
        const client = await signedIn(admin);
        const member = await makeUser(ctx.deps, 'member');
        await editUser(client, member.id, { role: 'editor', status: 'active' });
        const rows = await ctx.deps.db
          .selectFrom('audit_log')
          .select(['action', 'subject_id', 'details'])
          .where('actor_id', '=', admin.id)
          .orderBy('action')
          .execute();
        assert.deepEqual(
          rows.map((r) => [r.action, r.subject_id]),
          [
            ['auth.sign_in', admin.id],
            ['user.updated', member.id],
          ],
        );
        assert.deepEqual(JSON.parse(rows[1]?.details ?? 'null'), {
          from: { role: 'member', status: 'active', organisationId: null },
          to: { role: 'editor', status: 'active', organisationId: null },
        });
        const page = await client.get('/en/admin/audit');
        assert.equal(page.statusCode, 200);
        has(page.body, '<code>auth.sign_in</code>');
        has(page.body, '<code>user.updated</code>');
        has(page.body, `<code>${member.id.slice(0, 8)}</code>`);
      });

      it('answers 404 for a page past the end and 400 for a page that is no number', async () => {
        const admin = await signedInAs('admin');
        for (const list of ['users', 'outbox', 'audit']) {
          assert.equal((await admin.get(`/en/admin/${list}?page=1`)).statusCode, 200, list);
          const past = await admin.get(`/en/admin/${list}?page=999`);
          assert.equal(past.statusCode, 404, list);
          has(past.body, t('error.404.title'));
          for (const bad of ['0', '-1', 'two', '1e9'])
            assert.equal(
              (await admin.get(`/en/admin/${list}?page=${bad}`)).statusCode,
              400,
              `${list} ${bad}`,
            );
        }
      });
    });
  });
}
