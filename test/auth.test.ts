// Sign-in, sessions, sign-out, password reset and invitations, through HTTP on every dialect.
// Each browser gets its own client address (X-Forwarded-For, TRUST_PROXY on) so that the
// per-address sign-in limit of one test never throttles another.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { inviteUser } from '../src/features/auth/service.ts';
import { updateUser } from '../src/features/users/repository.ts';
import { translator, type Locale, type MessageKey, type MessageParams } from '../src/i18n/index.ts';
import { fixedClock, iso, MINUTE } from '../src/lib/clock.ts';
import { sha256 } from '../src/lib/tokens.ts';
import { escapeHtml } from '../src/web/html.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser, unique, type MadeUser } from './helpers/factories.ts';

const t = (locale: Locale, key: MessageKey, params?: MessageParams) =>
  escapeHtml(translator(locale).t(key, params));
const has = (body: string, text: string) =>
  assert.ok(body.includes(text), `expected the page to contain «${text}»`);
/** The <input> tag of the field `name`, whatever the order of its attributes. */
const inputTag = (body: string, name: string) =>
  new RegExp(`<input[^>]*\\bname="${name}"[^>]*>`).exec(body)?.[0] ?? '';
const mainOf = (body: string) => body.slice(body.indexOf('<main'), body.indexOf('</main>'));
const NEW_PASSWORD = 'a-brand-new-password';

for (const dialect of DIALECTS) {
  describe(`auth on ${dialect}`, () => {
    let ctx: TestContext;
    const clock = fixedClock(new Date('2026-03-02T09:00:00.000Z'));
    let addresses = 0;

    before(async () => {
      ctx = await createTestContext(dialect, { env: { TRUST_PROXY: 'true' }, deps: { clock } });
    });
    after(async () => {
      await ctx?.close();
    });

    const browser = () => {
      addresses += 1;
      return new TestClient(ctx.app, {
        'x-forwarded-for': `198.51.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`,
      });
    };
    const sessionIds = async (userId: string) =>
      (await ctx.deps.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).map(
        (r) => r.id,
      );
    const sessionCookie = (response: LightMyRequestResponse) =>
      response.cookies.find((c) => c.name === 'helix_session');
    const mailsTo = (email: string) =>
      ctx.deps.db
        .selectFrom('mail_outbox')
        .select(['id', 'status', 'subject', 'text_body'])
        .where('to_address', '=', email)
        .orderBy('id')
        .execute();
    const passwordHash = async (userId: string) =>
      (
        await ctx.deps.db
          .selectFrom('users')
          .select('password_hash')
          .where('id', '=', userId)
          .executeTakeFirstOrThrow()
      ).password_hash;

    /** The site-relative link of the latest mail to `email` (reset or invitation). */
    async function linkMailedTo(email: string): Promise<string> {
      const last = (await mailsTo(email)).at(-1);
      const match = /https?:\/\/\S+/.exec(last?.text_body ?? '');
      assert.ok(match, `a link in the mail to ${email}`);
      return new URL(match[0]).pathname;
    }

    async function signedIn(user: MadeUser): Promise<TestClient> {
      const client = browser();
      assert.equal((await client.signIn(user.email, user.password)).statusCode, 303);
      return client;
    }

    async function requestReset(email: string): Promise<LightMyRequestResponse> {
      return browser().submit('/en/password/forgot', '/en/password/forgot', { email });
    }

    describe('sign-in', () => {
      it('answers 303 with an HttpOnly, SameSite=Lax cookie and a new session id at every sign-in', async () => {
        const user = await makeUser(ctx.deps);
        const client = browser();
        client.cookies.set('helix_session', 'planted-by-an-attacker-0123456789');
        const first = await client.signIn(user.email.toUpperCase(), user.password);
        assert.equal(first.statusCode, 303);
        assert.equal(first.headers.location, '/en/');
        const cookie = sessionCookie(first);
        assert.ok(cookie);
        assert.equal(cookie.httpOnly, true);
        assert.equal(cookie.sameSite, 'Lax');
        assert.equal(cookie.path, '/');
        assert.notEqual(cookie.value, 'planted-by-an-attacker-0123456789');
        assert.deepEqual(await sessionIds(user.id), [sha256(cookie.value)]);

        await client.get('/en/account');
        const second = await client.post('/en/sign-in', {
          _csrf: client.csrf(),
          email: user.email,
          password: user.password,
        });
        assert.equal(second.statusCode, 303);
        const renewed = sessionCookie(second);
        assert.ok(renewed);
        assert.notEqual(renewed.value, cookie.value);
        assert.deepEqual(
          await sessionIds(user.id),
          [sha256(renewed.value)],
          'the session of the first sign-in is gone',
        );

        const stale = browser();
        stale.cookies.set('helix_session', cookie.value);
        assert.equal((await stale.get('/en/account')).statusCode, 303);
        assert.equal((await client.get('/en/account')).statusCode, 200);
      });

      it('gives a wrong password and an unknown account the same 401, with the e-mail but never the password', async () => {
        const user = await makeUser(ctx.deps);
        const client = browser();
        const nobody = `${unique('nobody')}@example.test`;
        const wrong = await client.signIn(user.email, 'typed-secret-123');
        const unknown = await client.signIn(nobody, 'typed-secret-123');
        for (const [response, email] of [
          [wrong, user.email],
          [unknown, nobody],
        ] as const) {
          assert.equal(response.statusCode, 401);
          has(response.body, t('en', 'auth.signIn.failed'));
          assert.ok(inputTag(response.body, 'email').includes(`value="${email}"`));
          assert.doesNotMatch(response.body, /typed-secret-123/);
          assert.match(inputTag(response.body, 'password'), /type="password"/);
          assert.doesNotMatch(inputTag(response.body, 'password'), /value=/);
        }
        assert.equal(
          mainOf(wrong.body).replaceAll(user.email, 'E'),
          mainOf(unknown.body).replaceAll(nobody, 'E'),
        );
        assert.deepEqual(await sessionIds(user.id), []);
      });

      it('refuses disabled and invited accounts with the same message', async () => {
        const disabled = await makeUser(ctx.deps);
        await updateUser(ctx.deps.db, disabled.id, { status: 'disabled' }, iso(clock.now()));
        const admin = await makeUser(ctx.deps, 'admin');
        const invitedEmail = `${unique('invited')}@example.test`;
        const invited = await inviteUser(ctx.deps, admin.id, {
          email: invitedEmail,
          displayName: 'Invited',
          role: 'member',
          organisationId: null,
          locale: 'en',
        });
        assert.ok(invited.ok);
        for (const [email, password] of [
          [disabled.email, disabled.password],
          [invitedEmail, 'any-password-at-all'],
        ] as const) {
          const response = await browser().signIn(email, password);
          assert.equal(response.statusCode, 401);
          has(response.body, t('en', 'auth.signIn.failed'));
          assert.equal(sessionCookie(response), undefined);
        }
        assert.deepEqual(await sessionIds(disabled.id), []);
      });

      it('throttles an account after five failures (429 with Retry-After), from any address', async () => {
        const user = await makeUser(ctx.deps);
        const client = browser();
        for (let i = 0; i < 5; i++)
          assert.equal((await client.signIn(user.email, `wrong-${i}`)).statusCode, 401);
        const sixth = await client.signIn(user.email, 'wrong-again');
        assert.equal(sixth.statusCode, 429);
        const retryAfter = Number(sixth.headers['retry-after']);
        assert.ok(
          Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 15 * 60,
          `retry-after ${retryAfter}`,
        );
        has(sixth.body, t('en', 'auth.signIn.throttled', { minutes: String(Math.ceil(retryAfter / 60)) }));
        assert.equal(
          (await browser().signIn(user.email, user.password)).statusCode,
          429,
          'the right password waits too',
        );
        assert.deepEqual(await sessionIds(user.id), []);
        const neighbour = await makeUser(ctx.deps);
        assert.equal(
          (await client.signIn(neighbour.email, neighbour.password)).statusCode,
          303,
          'other accounts are not locked',
        );

        clock.advance(15 * MINUTE);
        assert.equal((await browser().signIn(user.email, user.password)).statusCode, 303);
      });

      it('throttles an address after twenty failures, whatever the account', async () => {
        const client = browser();
        for (let i = 0; i < 20; i++)
          assert.equal((await client.signIn(`${unique('guess')}@example.test`, 'guess')).statusCode, 401);
        const user = await makeUser(ctx.deps);
        const blocked = await client.signIn(user.email, user.password);
        assert.equal(blocked.statusCode, 429);
        assert.ok(Number(blocked.headers['retry-after']) > 0);
        assert.equal(
          (await browser().signIn(user.email, user.password)).statusCode,
          303,
          'another address is not blocked',
        );
      });

      it('only follows `next` to a path on this site', async () => {
        const user = await makeUser(ctx.deps);
        const cases: [string, string][] = [
          ['/en/account', '/en/account'],
          ['/en/caf\u00e9?x=1', '/en/caf%C3%A9?x=1'],
          ['//evil.example', '/en/'],
          ['https://evil.example/', '/en/'],
          ['/\\evil.example', '/en/'],
          ['javascript:alert(1)', '/en/'],
          ['/en/\nSet-Cookie: x=1', '/en/'],
        ];
        for (const [next, expected] of cases) {
          const client = browser();
          const response = await client.submit('/en/sign-in', '/en/sign-in', {
            email: user.email,
            password: user.password,
            next,
          });
          assert.equal(response.statusCode, 303, next);
          assert.equal(response.headers.location, expected, next);
        }
        const evil = await browser().get('/en/sign-in?next=%2F%2Fevil.example');
        assert.equal(evil.statusCode, 200);
        assert.equal(inputTag(evil.body, 'next'), '');
        assert.match(
          inputTag((await browser().get('/en/sign-in?next=%2Fen%2Fadmin')).body, 'next'),
          /value="\/en\/admin"/,
        );
      });
    });

    describe('sign-out', () => {
      it('deletes the session and clears the cookie', async () => {
        const user = await makeUser(ctx.deps);
        const client = await signedIn(user);
        await client.get('/en/account');
        const response = await client.post('/en/sign-out', { _csrf: client.csrf() });
        assert.equal(response.statusCode, 303);
        assert.equal(response.headers.location, '/en/');
        assert.deepEqual(await sessionIds(user.id), []);
        assert.equal(client.cookies.has('helix_session'), false);
        assert.equal((await client.get('/en/account')).statusCode, 303);
      });

      it('signs out everywhere: every session of that user, and only of that user', async () => {
        const user = await makeUser(ctx.deps);
        const [laptop, phone] = [await signedIn(user), await signedIn(user)];
        const bystander = await makeUser(ctx.deps);
        const bystanderClient = await signedIn(bystander);
        assert.equal((await sessionIds(user.id)).length, 2);
        await laptop.get('/en/account');
        const response = await laptop.post('/en/account/sign-out-everywhere', { _csrf: laptop.csrf() });
        assert.equal(response.statusCode, 303);
        assert.deepEqual(await sessionIds(user.id), []);
        assert.equal((await phone.get('/en/account')).statusCode, 303);
        assert.equal((await bystanderClient.get('/en/account')).statusCode, 200);
      });
    });

    describe('password reset', () => {
      it('says the same whether or not the account exists, and mails (held, no SMTP) only a real account', async () => {
        const user = await makeUser(ctx.deps);
        const nobody = `${unique('nobody')}@example.test`;
        const known = await requestReset(user.email);
        const unknown = await requestReset(nobody);
        assert.equal(known.statusCode, 200);
        assert.equal(unknown.statusCode, 200);
        has(known.body, t('en', 'auth.forgot.sent', { email: user.email }));
        assert.equal(
          mainOf(known.body).replaceAll(user.email, 'E'),
          mainOf(unknown.body).replaceAll(nobody, 'E'),
        );
        const mails = await mailsTo(user.email);
        assert.equal(mails.length, 1);
        assert.equal(mails[0]?.status, 'held');
        assert.equal(mails[0]?.subject, translator('en').t('mail.reset.subject'));
        assert.deepEqual(await mailsTo(nobody), []);
      });

      it('mails one account at most three times an hour, and throttles an address after ten requests', async () => {
        const user = await makeUser(ctx.deps);
        for (let i = 0; i < 4; i++)
          assert.equal((await requestReset(user.email)).statusCode, 200, 'the page never tells');
        assert.equal((await mailsTo(user.email)).length, 3);
        const client = browser();
        const form = (email: string) =>
          client.submit('/en/password/forgot', '/en/password/forgot', { email });
        for (let i = 0; i < 10; i++)
          assert.equal((await form(`${unique('nobody')}@example.test`)).statusCode, 200);
        const other = await makeUser(ctx.deps);
        const throttled = await form(other.email);
        assert.equal(throttled.statusCode, 429);
        assert.ok(Number(throttled.headers['retry-after']) > 0);
        has(throttled.body, `value="${other.email}"`);
        assert.deepEqual(await mailsTo(other.email), []);
      });

      it('takes the link from the mail once, sets the new password and ends every session', async () => {
        const user = await makeUser(ctx.deps);
        const elsewhere = await signedIn(user);
        await requestReset(user.email);
        const link = await linkMailedTo(user.email);
        assert.match(link, /^\/en\/password\/reset\/[A-Za-z0-9_-]{20,}$/);
        const client = browser();
        const form = await client.get(link);
        assert.equal(form.statusCode, 200);
        assert.match(form.body, new RegExp(`action="${link}"`));
        const token = client.csrf();
        const done = await client.post(link, {
          _csrf: token,
          password: NEW_PASSWORD,
          passwordConfirm: NEW_PASSWORD,
        });
        assert.equal(done.statusCode, 303);
        assert.equal(done.headers.location, '/en/sign-in');
        assert.deepEqual(await sessionIds(user.id), [], 'existing sessions are ended');
        assert.equal((await elsewhere.get('/en/account')).statusCode, 303);

        const again = await client.get(link);
        assert.equal(again.statusCode, 410);
        has(again.body, t('en', 'auth.token.invalid.title'));
        assert.equal(
          (
            await client.post(link, {
              _csrf: token,
              password: 'yet-another-password',
              passwordConfirm: 'yet-another-password',
            })
          ).statusCode,
          410,
        );
        assert.equal((await browser().signIn(user.email, user.password)).statusCode, 401);
        assert.equal((await browser().signIn(user.email, NEW_PASSWORD)).statusCode, 303);
      });

      it('lets the link expire after one hour', async () => {
        const user = await makeUser(ctx.deps);
        await requestReset(user.email);
        const link = await linkMailedTo(user.email);
        const client = browser();
        clock.advance(59 * MINUTE);
        assert.equal((await client.get(link)).statusCode, 200);
        const token = client.csrf();
        clock.advance(1 * MINUTE);
        assert.equal((await client.get(link)).statusCode, 410);
        const late = await client.post(link, {
          _csrf: token,
          password: NEW_PASSWORD,
          passwordConfirm: NEW_PASSWORD,
        });
        assert.equal(late.statusCode, 410);
        assert.equal(
          (await browser().signIn(user.email, user.password)).statusCode,
          303,
          'the old password still works',
        );
      });

      it('refuses a short or unrepeated password with 400, the message and the form, and keeps the link', async () => {
        const user = await makeUser(ctx.deps);
        await requestReset(user.email);
        const link = await linkMailedTo(user.email);
        const before = await passwordHash(user.id);
        const cases: [Record<string, string>, string][] = [
          [{ password: 'short', passwordConfirm: 'short' }, t('en', 'validation.minLength', { limit: 10 })],
          [
            { password: 'long-enough-one', passwordConfirm: 'long-enough-two' },
            t('en', 'validation.passwordMismatch'),
          ],
          [{ password: NEW_PASSWORD }, t('en', 'validation.required')],
        ];
        for (const [form, message] of cases) {
          const client = browser();
          await client.get(link);
          const response = await client.post(link, { _csrf: client.csrf(), ...form });
          assert.equal(response.statusCode, 400);
          assert.match(response.body, new RegExp(message));
          assert.match(response.body, new RegExp(`<form method="post" action="${link}"`));
          assert.doesNotMatch(response.body, /long-enough-|value="short"/);
        }
        assert.equal(await passwordHash(user.id), before);
        assert.equal((await browser().get(link)).statusCode, 200);
      });
    });

    describe('invitation', () => {
      const inviteForm = (email: string, extra: Record<string, string> = {}) => ({
        email,
        displayName: 'Ines Invitee',
        role: 'editor',
        organisationId: '',
        locale: 'nl',
        ...extra,
      });

      it('invites by mail; the link sets name and password once and activates the account', async () => {
        const admin = await signedIn(await makeUser(ctx.deps, 'admin'));
        const email = `${unique('invitee')}@example.test`;
        const invited = await admin.submit(
          '/en/admin/users/new',
          '/en/admin/users/new',
          inviteForm(email.toUpperCase()),
        );
        assert.equal(invited.statusCode, 303);
        assert.equal(invited.headers.location, '/en/admin/users');
        const { id, ...row } = await ctx.deps.db
          .selectFrom('users')
          .select(['id', 'status', 'role', 'password_hash', 'locale'])
          .where('email', '=', email)
          .executeTakeFirstOrThrow();
        assert.deepEqual(row, { status: 'invited', role: 'editor', password_hash: null, locale: 'nl' });
        const mails = await mailsTo(email);
        assert.equal(mails.length, 1);
        assert.equal(mails[0]?.status, 'held');
        assert.equal(mails[0]?.subject, translator('nl').t('mail.invite.subject'));
        const link = await linkMailedTo(email);
        assert.match(link, /^\/nl\/invitation\/[A-Za-z0-9_-]{20,}$/);

        const invitee = browser();
        const page = await invitee.get(link);
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /<html lang="nl">/);
        has(page.body, t('nl', 'auth.invite.intro', { role: translator('nl').t('role.editor') }));
        assert.match(page.body, /value="Ines Invitee"/);
        const token = invitee.csrf();
        const accepted = await invitee.post(link, {
          _csrf: token,
          displayName: 'Ines Active',
          password: NEW_PASSWORD,
          passwordConfirm: NEW_PASSWORD,
        });
        assert.equal(accepted.statusCode, 303);
        assert.equal(accepted.headers.location, '/nl/sign-in');
        const activated = await ctx.deps.db
          .selectFrom('users')
          .select(['status', 'display_name'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        assert.deepEqual(activated, { status: 'active', display_name: 'Ines Active' });
        assert.equal((await browser().signIn(email, NEW_PASSWORD)).statusCode, 303);

        assert.equal((await invitee.get(link)).statusCode, 410);
        const replay = await invitee.post(link, {
          _csrf: token,
          displayName: 'Replayed',
          password: 'replayed-password',
          passwordConfirm: 'replayed-password',
        });
        assert.equal(replay.statusCode, 410);
        const after = await ctx.deps.db
          .selectFrom('users')
          .select('display_name')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        assert.equal(after.display_name, 'Ines Active');
      });

      it('refuses a short password on the accept page with 400 and the typed name, and keeps the link', async () => {
        const admin = await signedIn(await makeUser(ctx.deps, 'admin'));
        const email = `${unique('invitee')}@example.test`;
        await admin.submit('/en/admin/users/new', '/en/admin/users/new', inviteForm(email, { locale: 'en' }));
        const link = await linkMailedTo(email);
        const invitee = browser();
        await invitee.get(link);
        const response = await invitee.post(link, {
          _csrf: invitee.csrf(),
          displayName: 'Typed Name',
          password: 'short',
          passwordConfirm: 'short',
        });
        assert.equal(response.statusCode, 400);
        has(response.body, t('en', 'validation.minLength', { limit: 10 }));
        assert.match(response.body, /value="Typed Name"/);
        assert.equal((await invitee.get(link)).statusCode, 200);
      });

      it('answers 409 to an invitation for an address that has an account, and mails nothing', async () => {
        const admin = await signedIn(await makeUser(ctx.deps, 'admin'));
        const existing = await makeUser(ctx.deps);
        const response = await admin.submit(
          '/en/admin/users/new',
          '/en/admin/users/new',
          inviteForm(existing.email.toUpperCase(), { displayName: 'Someone Else' }),
        );
        assert.equal(response.statusCode, 409);
        has(response.body, t('en', 'admin.users.exists'));
        assert.match(response.body, /value="Someone Else"/);
        assert.deepEqual(await mailsTo(existing.email), []);
      });

      it('creates one account when the same invitation is sent four times at once (409 for the others, no 500)', async () => {
        const admin = await signedIn(await makeUser(ctx.deps, 'admin'));
        const email = `${unique('twice')}@example.test`;
        await admin.get('/en/admin/users/new');
        const form = { _csrf: admin.csrf(), ...inviteForm(email) };
        const responses = await Promise.all([1, 2, 3, 4].map(() => admin.post('/en/admin/users/new', form)));
        assert.deepEqual(responses.map((r) => r.statusCode).sort(), [303, 409, 409, 409]);
        assert.equal((await mailsTo(email)).length, 1);
      });
    });
  });
}
