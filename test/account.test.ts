// The signed-in user's own page: who may see it, what it shows, and changing the password.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translator, type Locale, type MessageKey, type MessageParams } from '../src/i18n/index.ts';
import { escapeHtml } from '../src/web/html.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeOrganisation, makeUser, type MadeUser } from './helpers/factories.ts';

const t = (locale: Locale, key: MessageKey, params?: MessageParams) =>
  escapeHtml(translator(locale).t(key, params));
const has = (body: string, text: string) =>
  assert.ok(body.includes(text), `expected the page to contain «${text}»`);
const pattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label and its value in a definition list. */
const fact = (label: string, value: string) =>
  new RegExp(`<dt[^>]*>\\s*${pattern(label)}\\s*</dt>\\s*<dd[^>]*>\\s*${pattern(value)}\\s*</dd>`);
const NEW_PASSWORD = 'a-brand-new-password';

for (const dialect of DIALECTS) {
  describe(`account on ${dialect}`, () => {
    let ctx: TestContext;

    before(async () => {
      ctx = await createTestContext(dialect);
    });
    after(async () => {
      await ctx?.close();
    });

    const sessionCount = async (userId: string) =>
      (await ctx.deps.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length;
    const passwordHash = async (userId: string) =>
      (
        await ctx.deps.db
          .selectFrom('users')
          .select('password_hash')
          .where('id', '=', userId)
          .executeTakeFirstOrThrow()
      ).password_hash;

    async function signedIn(user: MadeUser): Promise<TestClient> {
      const client = new TestClient(ctx.app);
      assert.equal((await client.signIn(user.email, user.password)).statusCode, 303);
      return client;
    }

    /** Post the change-password form from the account page. */
    async function changePassword(client: TestClient, form: Record<string, string>, locale: Locale = 'en') {
      return client.submit(`/${locale}/account`, `/${locale}/account/password`, form);
    }

    describe('who may see it', () => {
      for (const locale of ['en', 'nl'] as const) {
        it(`sends a visitor to sign in and back again (${locale})`, async () => {
          const user = await makeUser(ctx.deps);
          const client = new TestClient(ctx.app);
          const refused = await client.get(`/${locale}/account`);
          assert.equal(refused.statusCode, 303);
          assert.equal(refused.headers.location, `/${locale}/sign-in?next=%2F${locale}%2Faccount`);

          const signInPage = await client.get(refused.headers.location);
          assert.equal(signInPage.statusCode, 200);
          has(signInPage.body, t(locale, 'auth.signInRequired'));
          assert.match(signInPage.body, new RegExp(`<input[^>]*name="next"[^>]*value="/${locale}/account"`));
          const signedIn = await client.post(`/${locale}/sign-in`, {
            _csrf: client.csrf(),
            email: user.email,
            password: user.password,
            next: `/${locale}/account`,
          });
          assert.equal(signedIn.statusCode, 303);
          assert.equal(signedIn.headers.location, `/${locale}/account`);
          assert.equal((await client.get(`/${locale}/account`)).statusCode, 200);
        });
      }

      it('refuses the account forms to a visitor with 401 and changes nothing', async () => {
        const client = new TestClient(ctx.app);
        await client.get('/en/sign-in');
        const token = client.csrf();
        const change = await client.post('/en/account/password', {
          _csrf: token,
          current: 'whatever-it-is',
          password: NEW_PASSWORD,
          passwordConfirm: NEW_PASSWORD,
        });
        assert.equal(change.statusCode, 401);
        has(change.body, t('en', 'auth.signInRequired'));
        assert.equal(
          (await client.post('/en/account/sign-out-everywhere', { _csrf: token })).statusCode,
          401,
        );
      });
    });

    describe('what it shows', () => {
      it('shows name, e-mail, role, organisation and the number of signed-in devices', async () => {
        const organisation = await makeOrganisation(ctx.deps);
        const user = await makeUser(ctx.deps, 'editor', { organisationId: organisation.id });
        const laptop = await signedIn(user);
        await signedIn(user);
        const page = await laptop.get('/en/account');
        assert.equal(page.statusCode, 200);
        assert.match(page.headers['cache-control'] ?? '', /no-store/);
        assert.match(page.body, fact(t('en', 'table.name'), 'Test editor'));
        assert.match(page.body, fact(t('en', 'auth.email'), user.email));
        assert.match(page.body, fact(t('en', 'account.role'), t('en', 'role.editor')));
        assert.match(page.body, fact(t('en', 'account.organisation'), escapeHtml(organisation.name)));
        has(page.body, t('en', 'account.sessionsCount', { count: 2 }));

        const dutch = await laptop.get('/nl/account');
        assert.match(dutch.body, /<html lang="nl">/);
        assert.match(dutch.body, fact(t('nl', 'account.role'), t('nl', 'role.editor')));
        has(dutch.body, t('nl', 'account.sessionsCount', { count: 2 }));
      });

      it('leaves out an organisation the user does not have and counts one device in the singular', async () => {
        const user = await makeUser(ctx.deps, 'admin');
        const page = await (await signedIn(user)).get('/en/account');
        assert.match(page.body, fact(t('en', 'account.role'), t('en', 'role.admin')));
        assert.doesNotMatch(
          page.body,
          new RegExp(`<dt[^>]*>\\s*${pattern(t('en', 'account.organisation'))}`),
          'no empty labelled field',
        );
        has(page.body, t('en', 'account.sessionsCount', { count: 1 }));
      });
    });

    describe('changing the password', () => {
      it('refuses a wrong current password with 400 and changes nothing', async () => {
        const user = await makeUser(ctx.deps);
        const client = await signedIn(user);
        await signedIn(user);
        const before = await passwordHash(user.id);
        const response = await changePassword(client, {
          current: 'not-my-password',
          password: NEW_PASSWORD,
          passwordConfirm: NEW_PASSWORD,
        });
        assert.equal(response.statusCode, 400);
        has(response.body, t('en', 'account.currentPasswordWrong'));
        assert.ok(
          !response.body.includes('not-my-password') && !response.body.includes(NEW_PASSWORD),
          'passwords are never echoed',
        );
        assert.equal(await passwordHash(user.id), before);
        assert.equal(await sessionCount(user.id), 2, 'no session was ended');
      });

      it('refuses a short or unrepeated new password with 400 and the message (in Dutch too)', async () => {
        const user = await makeUser(ctx.deps);
        const client = await signedIn(user);
        const before = await passwordHash(user.id);
        const cases: [Locale, Record<string, string>, string][] = [
          [
            'en',
            { current: user.password, password: 'short', passwordConfirm: 'short' },
            t('en', 'validation.minLength', { limit: 10 }),
          ],
          [
            'nl',
            { current: user.password, password: 'short', passwordConfirm: 'short' },
            t('nl', 'validation.minLength', { limit: 10 }),
          ],
          [
            'en',
            { current: user.password, password: NEW_PASSWORD, passwordConfirm: 'something-else' },
            t('en', 'validation.passwordMismatch'),
          ],
          ['nl', { password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, t('nl', 'validation.required')],
        ];
        for (const [locale, form, message] of cases) {
          const response = await changePassword(client, form, locale);
          assert.equal(response.statusCode, 400, message);
          has(response.body, message);
          has(response.body, `action="/${locale}/account/password"`);
        }
        assert.equal(await passwordHash(user.id), before);
      });

      it('changes the password, keeps this session and signs out every other one', async () => {
        const user = await makeUser(ctx.deps);
        const client = await signedIn(user);
        const other = await signedIn(user);
        const bystander = await signedIn(await makeUser(ctx.deps));
        const response = await changePassword(client, {
          current: user.password,
          password: NEW_PASSWORD,
          passwordConfirm: NEW_PASSWORD,
        });
        assert.equal(response.statusCode, 303);
        assert.equal(response.headers.location, '/en/account');
        assert.equal(await sessionCount(user.id), 1);

        const page = await client.get('/en/account');
        assert.equal(page.statusCode, 200, 'this browser stays signed in');
        has(page.body, t('en', 'account.passwordChanged'));
        has(page.body, t('en', 'account.sessionsCount', { count: 1 }));
        assert.equal((await other.get('/en/account')).statusCode, 303, 'the other browser is signed out');
        assert.equal((await bystander.get('/en/account')).statusCode, 200, 'other users keep their sessions');
        assert.equal((await new TestClient(ctx.app).signIn(user.email, user.password)).statusCode, 401);
        assert.equal((await new TestClient(ctx.app).signIn(user.email, NEW_PASSWORD)).statusCode, 303);
      });
    });
  });
}
