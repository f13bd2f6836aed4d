// Bad input, forged requests and the HTTP surface: every refusal is a localized 4xx that gives the
// form back with what was typed (escaped), and no request in this file is answered with a 5xx.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { pino } from 'pino';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { createDeps } from '../src/deps.ts';
import { translator, type Locale, type MessageKey, type MessageParams } from '../src/i18n/index.ts';
import { escapeHtml } from '../src/web/html.ts';
import { createTestContext, testConfig, testPasswords, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS, openTestDatabase } from './helpers/databases.ts';
import { makeUser, unique } from './helpers/factories.ts';

const LOCALES: readonly Locale[] = ['en', 'nl'];
const BODY_LIMIT = 16_384; // small, yet above the 10,000-character values the forms must answer with 400
const t = (locale: Locale, key: MessageKey, params?: MessageParams) =>
  escapeHtml(translator(locale).t(key, params));
const has = (body: string, text: string) =>
  assert.ok(body.includes(text), `expected the page to contain «${text.slice(0, 120)}»`);

for (const dialect of DIALECTS) {
  describe(`bad input on ${dialect}`, () => {
    let ctx: TestContext;
    const answered: { request: string; status: number }[] = [];
    const record = (request: string, response: LightMyRequestResponse) => {
      answered.push({ request, status: response.statusCode });
      return response;
    };

    /** A TestClient whose every answer is checked by the last test of the file. */
    class Browser extends TestClient {
      override async get(url: string, headers: Record<string, string> = {}) {
        return record(`GET ${url}`, await super.get(url, headers));
      }
      override async post(
        url: string,
        form: Record<string, string | string[]>,
        headers: Record<string, string> = {},
      ) {
        return record(`POST ${url}`, await super.post(url, form, headers));
      }
      cookieString(): string {
        return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      }
      /** POST a raw body with this browser's cookies. */
      async send(url: string, payload: string, contentType: string, headers: Record<string, string> = {}) {
        return inject({
          method: 'POST',
          url,
          payload,
          headers: { cookie: this.cookieString(), 'content-type': contentType, ...headers },
        });
      }
    }
    const inject = async (options: InjectOptions & { url: string }) =>
      record(`${options.method ?? 'GET'} ${options.url}`, await ctx.app.inject(options));
    const browser = () => new Browser(ctx.app);
    const mailCount = async (to: string) =>
      (await ctx.deps.db.selectFrom('mail_outbox').select('id').where('to_address', '=', to).execute())
        .length;

    async function signedIn(role: 'admin' | 'member'): Promise<Browser> {
      const user = await makeUser(ctx.deps, role);
      const client = browser();
      assert.equal((await client.signIn(user.email, user.password)).statusCode, 303);
      return client;
    }

    before(async () => {
      ctx = await createTestContext(dialect, { env: { BODY_LIMIT: String(BODY_LIMIT) } });
    });
    after(async () => {
      await ctx?.close();
    });

    describe('malformed forms: 400, a localized message, the typed values back', () => {
      for (const locale of LOCALES) {
        const forgot = `/${locale}/password/forgot`;
        const signIn = `/${locale}/sign-in`;

        it(`missing and duplicate fields (${locale})`, async () => {
          const missing = await browser().submit(signIn, signIn, {});
          assert.equal(missing.statusCode, 400);
          assert.match(missing.body, new RegExp(`<html lang="${locale}">`));
          has(missing.body, t(locale, 'validation.required'));
          has(missing.body, `<form method="post" action="${signIn}"`);

          const duplicate = await browser().submit(signIn, signIn, {
            email: ['first@example.test', 'second@example.test'],
            password: 'irrelevant',
          });
          assert.equal(duplicate.statusCode, 400);
          has(duplicate.body, t(locale, 'validation.invalid'));
          has(duplicate.body, 'value="first@example.test"');
          const duplicateReset = await browser().submit(forgot, forgot, {
            email: ['a@example.test', 'a@example.test'],
          });
          assert.equal(duplicateReset.statusCode, 400);
          assert.equal(await mailCount('a@example.test'), 0);
        });

        it(`10,000-character values (${locale})`, async () => {
          const long = 'a'.repeat(10_000);
          const reset = await browser().submit(forgot, forgot, { email: long });
          assert.equal(reset.statusCode, 400);
          has(reset.body, t(locale, 'validation.maxLength', { limit: 254 }));
          has(reset.body, `value="${long}"`);
          const login = await browser().submit(signIn, signIn, {
            email: 'someone@example.test',
            password: long,
          });
          assert.equal(login.statusCode, 400);
          has(login.body, t(locale, 'validation.maxLength', { limit: 200 }));
          has(login.body, 'value="someone@example.test"');
          assert.ok(!login.body.includes(long), 'a password is never echoed');
        });

        it(`emoji and script tags come back escaped, never as markup (${locale})`, async () => {
          const emoji = '🦄 zoë@例え.test';
          const unicorn = await browser().submit(forgot, forgot, { email: emoji });
          assert.equal(unicorn.statusCode, 400);
          has(unicorn.body, t(locale, 'validation.email'));
          has(unicorn.body, `value="${emoji}"`);

          const script = '"><script>alert(1)</script>';
          for (const response of [
            await browser().submit(forgot, forgot, { email: script }),
            await browser().submit(signIn, signIn, { email: script, password: '' }),
          ]) {
            assert.equal(response.statusCode, 400);
            has(response.body, 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
            assert.ok(!response.body.includes('<script>alert(1)'), 'the script tag is not markup');
          }
        });
      }

      it('stores names with emoji and accents unchanged, and escapes markup in them', async () => {
        const admin = await signedIn('admin');
        const name = 'Zoë Ørsted 🚀 <b>bold</b> & co';
        const bad = await admin.submit('/en/admin/users/new', '/en/admin/users/new', {
          email: 'not an address',
          displayName: name,
          role: 'member',
          organisationId: '',
          locale: 'en',
        });
        assert.equal(bad.statusCode, 400);
        has(bad.body, `value="${escapeHtml(name)}"`);
        const email = `${unique('emoji')}@example.test`;
        const good = await admin.submit('/en/admin/users/new', '/en/admin/users/new', {
          email,
          displayName: name,
          role: 'member',
          organisationId: '',
          locale: 'en',
        });
        assert.equal(good.statusCode, 303);
        const row = await ctx.deps.db
          .selectFrom('users')
          .select(['id', 'display_name'])
          .where('email', '=', email)
          .executeTakeFirstOrThrow();
        assert.equal(row.display_name, name);
        const page = await admin.get(`/en/admin/users/${row.id}`);
        has(page.body, escapeHtml(name));
        assert.ok(!page.body.includes('<b>bold</b>'));
      });
    });

    describe('request bodies', () => {
      for (const locale of LOCALES) {
        it(`answers 413 to a body over BODY_LIMIT and 415 to an unknown content type (${locale})`, async () => {
          const client = browser();
          await client.get(`/${locale}/sign-in`);
          const token = client.csrf();
          const tooLarge = await client.post(`/${locale}/sign-in`, {
            _csrf: token,
            email: 'x'.repeat(BODY_LIMIT),
            password: 'p',
          });
          assert.equal(tooLarge.statusCode, 413);
          assert.match(tooLarge.body, new RegExp(`<html lang="${locale}">`));
          has(tooLarge.body, t(locale, 'error.413.title'));
          const tooLargeJson = await client.send(
            `/${locale}/sign-in`,
            JSON.stringify({ email: 'x'.repeat(BODY_LIMIT) }),
            'application/json',
          );
          assert.equal(tooLargeJson.statusCode, 413);

          const xml = await client.send(`/${locale}/sign-in`, '<signIn/>', 'application/xml', {
            'x-csrf-token': token,
          });
          assert.equal(xml.statusCode, 415);
          has(xml.body, t(locale, 'error.415.title'));
        });
      }

      it('answers 400 to malformed JSON and to JSON that is no form, on every form route', async () => {
        const client = await signedIn('member');
        await client.get('/en/account');
        const csrf = { 'x-csrf-token': client.csrf() };
        const control = await client.send(
          '/en/sign-in',
          JSON.stringify({ email: 'nobody@example.test', password: 'wrong-password' }),
          'application/json',
          csrf,
        );
        assert.equal(control.statusCode, 401, 'a JSON body with the CSRF header reaches the route');
        const routes = [
          '/en/sign-in',
          '/en/password/forgot',
          '/en/account/password',
          `/en/invitation/${'a'.repeat(43)}`,
          `/en/password/reset/${'a'.repeat(43)}`,
        ];
        const bodies = [
          '{"email": ',
          '{"__proto__": {"admin": true}}',
          'null',
          '[]',
          '7',
          '"text"',
          '{"password": ["a", "b"]}',
        ];
        for (const url of routes) {
          for (const body of bodies) {
            const response = await client.send(url, body, 'application/json', csrf);
            assert.ok([400, 410].includes(response.statusCode), `${url} ${body}: ${response.statusCode}`);
          }
        }
        const plain = await client.send('/en/sign-in', 'email=a', 'text/plain', csrf);
        assert.equal(plain.statusCode, 400);
      });
    });

    describe('forged requests', () => {
      for (const locale of LOCALES) {
        it(`refuses a missing, wrong or foreign CSRF token with a localized 403 and stores nothing (${locale})`, async () => {
          const url = `/${locale}/password/forgot`;
          const user = await makeUser(ctx.deps);
          const client = browser();
          await client.get(url);
          const token = client.csrf();
          const other = browser();
          await other.get(url);
          const cookieless = browser();
          for (const [who, form] of [
            [client, { email: user.email }],
            [client, { email: user.email, _csrf: 'forged-token' }],
            [client, { email: user.email, _csrf: other.csrf() }],
            [cookieless, { email: user.email, _csrf: token }],
          ] as const) {
            const response = await who.post(url, form);
            assert.equal(response.statusCode, 403);
            assert.match(response.body, new RegExp(`<html lang="${locale}">`));
            has(response.body, t(locale, 'error.csrf.title'));
          }
          assert.equal(await mailCount(user.email), 0);
          assert.equal(
            (await client.post(url, { email: user.email }, { 'x-csrf-token': token })).statusCode,
            200,
            'the header works as well',
          );
          assert.equal(await mailCount(user.email), 1);
        });
      }

      it('refuses a form from a foreign Origin with 403, accepts its own', async () => {
        const user = await makeUser(ctx.deps);
        const client = browser();
        await client.get('/en/password/forgot');
        const token = client.csrf();
        for (const origin of ['https://evil.example', 'null', 'http://localhost:3000.evil.example']) {
          assert.equal(
            (await client.post('/en/password/forgot', { _csrf: token, email: user.email }, { origin }))
              .statusCode,
            403,
            origin,
          );
        }
        assert.equal(await mailCount(user.email), 0);
        assert.equal(
          (
            await client.post(
              '/en/password/forgot',
              { _csrf: token, email: user.email },
              { origin: 'http://localhost:3000' },
            )
          ).statusCode,
          200,
        );
      });

      it('does not take the token of the signed-out page once signed in', async () => {
        const user = await makeUser(ctx.deps);
        const client = browser();
        await client.get('/en/sign-in');
        const anonymousToken = client.csrf();
        await client.post('/en/sign-in', {
          _csrf: anonymousToken,
          email: user.email,
          password: user.password,
        });
        assert.equal(
          (await client.post('/en/account/sign-out-everywhere', { _csrf: anonymousToken })).statusCode,
          403,
        );
      });
    });

    describe('pages and headers', () => {
      it('answers an unknown route with a localized 404 page (and JSON under /api/)', async () => {
        const cases: [string, Record<string, string>, Locale][] = [
          ['/en/no-such-page', {}, 'en'],
          ['/nl/bestaat-niet', {}, 'nl'],
          ['/no-such-page', { 'accept-language': 'nl-NL,nl;q=0.9' }, 'nl'],
          ['/no-such-page', {}, 'en'],
        ];
        for (const [url, headers, locale] of cases) {
          const response = await browser().get(url, headers);
          assert.equal(response.statusCode, 404, url);
          assert.match(String(response.headers['content-type']), /text\/html/);
          assert.match(response.body, new RegExp(`<html lang="${locale}">`));
          has(response.body, t(locale, 'error.404.title'));
        }
        const api = await inject({ method: 'GET', url: '/api/v1/nothing' });
        assert.equal(api.statusCode, 404);
        const { error } = api.json<{ error: { code: string; message: string } }>();
        assert.equal(error.code, 'not_found');
        assert.ok(error.message.length > 0);
      });

      it('sends the security headers on pages and on error pages', async () => {
        for (const url of ['/en/', '/nl/sign-in', '/en/no-such-page']) {
          const response = await browser().get(url);
          const csp = String(response.headers['content-security-policy'] ?? '');
          const directives = new Map(
            csp
              .split(';')
              .map((d) => d.trim().split(/\s+/))
              .map(([name = '', ...values]) => [name, values] as const),
          );
          assert.deepEqual(directives.get('script-src'), ["'self'"], url);
          assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), url);
          assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
          assert.deepEqual(directives.get('object-src'), ["'none'"]);
          assert.equal(response.headers['x-content-type-options'], 'nosniff');
          assert.equal(response.headers['referrer-policy'], 'same-origin');
          assert.equal(response.headers['x-powered-by'], undefined);
        }
      });

      it('echoes x-request-id, or makes one', async () => {
        const echoed = await browser().get('/en/', { 'x-request-id': 'trace-4711' });
        assert.equal(echoed.headers['x-request-id'], 'trace-4711');
        const made = await browser().get('/en/');
        assert.match(String(made.headers['x-request-id']), /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
      });

      it('serves assets under hashed names with immutable caching, and 404 for unknown ones', async () => {
        const home = await browser().get('/en/');
        const href = /<link rel="stylesheet" href="(\/assets\/[^"]+\.css)"/.exec(home.body)?.[1];
        assert.ok(href, 'the page links its stylesheet');
        const css = await inject({ method: 'GET', url: href });
        assert.equal(css.statusCode, 200);
        assert.match(String(css.headers['content-type']), /^text\/css/);
        assert.match(String(css.headers['cache-control']), /max-age=31536000.*immutable/);
        const etag = String(css.headers.etag);
        assert.equal(
          (await inject({ method: 'GET', url: href, headers: { 'if-none-match': etag } })).statusCode,
          304,
        );
        for (const url of [
          href.replace(/\.[0-9a-f]{10}\.css$/, '.0000000000.css'),
          '/assets/nothing.js',
          '/assets/../package.json',
          '/assets/',
        ]) {
          assert.equal((await inject({ method: 'GET', url })).statusCode, 404, url);
        }
      });

      it('redirects / to the locale of the cookie, else of Accept-Language, else English', async () => {
        const cases: [Record<string, string>, string][] = [
          [{ 'accept-language': 'nl' }, '/nl/'],
          [{ 'accept-language': 'fr-FR, nl;q=0.5, en;q=0.4' }, '/nl/'],
          [{ 'accept-language': 'de, fr' }, '/en/'],
          [{ cookie: 'helix_locale=nl', 'accept-language': 'en' }, '/nl/'],
          [{ cookie: 'helix_locale=en', 'accept-language': 'nl' }, '/en/'],
          [{ cookie: 'helix_locale=xx', 'accept-language': 'nl' }, '/nl/'],
          [{ 'accept-language': ';;;q=abc,' }, '/en/'],
          [{}, '/en/'],
        ];
        for (const [headers, location] of cases) {
          const response = await inject({ method: 'GET', url: '/', headers });
          assert.equal(response.statusCode, 302, JSON.stringify(headers));
          assert.equal(response.headers.location, location, JSON.stringify(headers));
          assert.match(String(response.headers.vary), /Accept-Language/);
        }
        const reader = browser();
        await reader.get('/nl/');
        assert.equal(
          (await reader.get('/', { 'accept-language': 'en' })).headers.location,
          '/nl/',
          'the language read last is remembered',
        );
      });
    });

    describe('health', () => {
      it('answers /healthz and /readyz with 200 when the database is current', async () => {
        const health = await inject({ method: 'GET', url: '/healthz' });
        assert.equal(health.statusCode, 200);
        assert.deepEqual(health.json(), { status: 'ok' });
        const ready = await inject({ method: 'GET', url: '/readyz' });
        assert.equal(ready.statusCode, 200);
        assert.deepEqual(ready.json(), { status: 'ok', database: 'ok', dialect });
        assert.equal(ready.headers['cache-control'], 'no-store');
      });

      it('answers /readyz with 503 while a migration is pending or the database is gone', async () => {
        const database = await openTestDatabase(dialect);
        const deps = createDeps(testConfig(), {
          database,
          passwords: testPasswords,
          logger: pino({ level: 'silent' }),
          mailTransport: null,
        });
        const app = await buildApp(deps);
        // Not recorded: a 503 is exactly what this app must answer.
        const readyz = () => app.inject({ method: 'GET', url: '/readyz' });
        try {
          assert.equal((await readyz()).statusCode, 200);
          const last = Object.keys(migrations).at(-1) ?? '';
          await sql`delete from kysely_migration where name = ${last}`.execute(deps.db);
          const pending = await readyz();
          assert.equal(pending.statusCode, 503);
          assert.deepEqual(pending.json(), {
            status: 'unavailable',
            database: 'ok',
            pendingMigrations: [last],
          });
          assert.equal(
            (await app.inject({ method: 'GET', url: '/healthz' })).statusCode,
            200,
            'the process itself is alive',
          );
          await database.close();
          const gone = await readyz();
          assert.equal(gone.statusCode, 503);
          assert.deepEqual(gone.json(), { status: 'unavailable', database: 'unreachable' });
        } finally {
          await app.close();
          await database.drop();
        }
      });
    });

    it('answered no request in this file with a 5xx', () => {
      assert.ok(answered.length > 100, `only ${answered.length} requests were recorded`);
      assert.deepEqual(
        answered.filter((a) => a.status >= 500),
        [],
      );
    });
  });
}

// NUL bytes: PostgreSQL refuses them in text, so Helix refuses them first, everywhere.
for (const dialect of DIALECTS) {
  describe(`NUL bytes on ${dialect}`, () => {
    let ctx: TestContext;
    before(async () => {
      ctx = await createTestContext(dialect);
    });
    after(() => ctx.close());

    it('drops NUL from addresses and refuses it in bodies, never a 5xx', async () => {
      for (const url of [
        '/en/library/a%00b',
        '/en/taskforces/a%00b',
        '/api/v1/items/a%00b',
        '/en/organisations/a%00b',
      ]) {
        const response = await ctx.app.inject({ url });
        assert.equal(response.statusCode, 404, url);
      }
      for (const url of ['/en/library?organisation=a%00b', '/en/search?q=%00']) {
        const response = await ctx.app.inject({ url });
        assert.equal(response.statusCode, 200, url);
      }
      const client = new TestClient(ctx.app);
      await client.get('/en/support');
      const form = await client.post('/en/support', { _csrf: client.csrf(), organisation: 'a\u0000b' });
      assert.equal(form.statusCode, 400);
      const json = await ctx.app.inject({
        method: 'POST',
        url: '/en/sign-in',
        payload: { email: 'a\u0000@example.org', password: 'x' },
      });
      assert.equal(json.statusCode, 400);
    });
  });
}
