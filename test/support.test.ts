// The support ladder: the public request form with its spam protection, the editors' inbox,
// the e-mails, and the retention job — on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock, DAY } from '../src/lib/clock.ts';
import { runHousekeeping } from '../src/jobs.ts';
import { RETENTION_DAYS } from '../src/features/support/service.ts';
import { DIALECTS } from './helpers/databases.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { makeOrganisation, makeUser } from './helpers/factories.ts';

const valid = {
  organisation: 'Innobasque',
  country: 'ES',
  region: 'basque-country',
  contactName: 'Programme officer (test)',
  email: 'officer@example.test',
  instrument: 'taskforce',
  challenge: 'We want to start school–company partnerships across the region.',
  timeFrame: 'within_6_months',
  consent: 'yes',
};

for (const dialect of DIALECTS) {
  describe(`support requests on ${dialect}`, () => {
    const clock = fixedClock(new Date('2026-03-01T09:00:00.000Z'));
    let ctx: TestContext;
    let ip = 0;
    let innobasque: { id: string };
    before(async () => {
      ctx = await createTestContext(dialect, { env: { TRUST_PROXY: 'true' }, deps: { clock } });
      innobasque = await makeOrganisation(ctx.deps, 'InnoBasque');
    });
    after(() => ctx.close());

    /** Open the form, wait like a person would, then send it from a fresh address. */
    async function send(
      form: Record<string, string>,
      waitMs = 20_000,
      client = new TestClient(ctx.app, { 'x-forwarded-for': `10.0.0.${++ip}` }),
    ) {
      await client.get('/en/support');
      const shown = /name="shown" value="([^"]+)"/.exec(client.lastBody)?.[1] ?? '';
      clock.advance(waitMs);
      return {
        client,
        response: await client.post('/en/support', { _csrf: client.csrf(), shown, homepage: '', ...form }),
      };
    }

    const count = async () =>
      Number(
        (
          await ctx.deps.db
            .selectFrom('support_requests')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('explains the ladder and shows a labelled form', async () => {
      const response = await new TestClient(ctx.app).get('/nl/support');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Beleidsbriefing/);
      assert.match(response.body, /<label for="organisation">/);
      assert.match(response.body, /name="homepage"/);
    });

    it('stores a valid request, confirms by e-mail and tells the editors', async () => {
      const editor = await makeUser(ctx.deps, 'editor');
      const before = await count();
      const { response } = await send(valid);
      assert.equal(response.statusCode, 303);
      assert.match(String(response.headers.location), /^\/en\/support\/sent\?ref=SR-2026-[A-Z0-9]{5}$/);
      assert.equal(await count(), before + 1);
      const row = await ctx.deps.db
        .selectFrom('support_requests')
        .selectAll()
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(row.status, 'new');
      assert.equal(
        row.organisation_id,
        innobasque.id,
        'the free-text name resolves to the organisation record',
      );
      const mails = await ctx.deps.db
        .selectFrom('mail_outbox')
        .select(['to_address', 'subject', 'text_body'])
        .execute();
      assert.ok(
        mails.some(
          (m) =>
            m.to_address === valid.email &&
            m.subject.includes(row.reference) &&
            m.text_body.includes(String(RETENTION_DAYS)),
        ),
      );
      assert.ok(
        mails.some((m) => m.to_address === editor.email && m.text_body.includes(`/support/inbox/${row.id}`)),
      );
      const page = await new TestClient(ctx.app).get(String(response.headers.location));
      assert.match(page.body, new RegExp(row.reference));
    });

    it('returns the form with messages and the typed values when fields are missing or wrong', async () => {
      const before = await count();
      const { response } = await send({
        ...valid,
        email: 'not-an-address',
        challenge: 'short',
        consent: '',
        instrument: 'bribe',
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /error-summary/);
      assert.match(response.body, /value="Innobasque"/);
      assert.match(response.body, /value="not-an-address"/);
      assert.match(response.body, /Use at least 20 characters/);
      assert.equal(await count(), before);
    });

    it('refuses an unknown country or a region of another country', async () => {
      assert.equal((await send({ ...valid, country: 'XX' })).response.statusCode, 400);
      assert.equal(
        (await send({ ...valid, country: 'NL', region: 'basque-country' })).response.statusCode,
        400,
      );
    });

    it('drops a bot silently: honeypot filled, or sent too fast', async () => {
      const before = await count();
      const honeypot = await send({ ...valid, homepage: 'http://spam.example' });
      assert.equal(honeypot.response.statusCode, 303);
      assert.equal(honeypot.response.headers.location, '/en/support/sent');
      const fast = await send(valid, 500);
      assert.equal(fast.response.headers.location, '/en/support/sent');
      assert.equal(await count(), before);
    });

    it('asks to send again when the form is stale or its time stamp forged', async () => {
      const stale = await send(valid, 2 * DAY);
      assert.equal(stale.response.statusCode, 400);
      assert.match(stale.response.body, /open for too long/);
      const client = new TestClient(ctx.app, { 'x-forwarded-for': '10.9.9.9' });
      await client.get('/en/support');
      const forged = await client.post('/en/support', {
        _csrf: client.csrf(),
        shown: `${Date.now() - 60_000}.forged`,
        ...valid,
      });
      assert.equal(forged.statusCode, 400);
    });

    it('limits requests per address', async () => {
      const client = new TestClient(ctx.app, { 'x-forwarded-for': '10.1.1.1' });
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await send(valid, 20_000, client)).response.statusCode);
      assert.deepEqual(statuses.slice(0, 5), [303, 303, 303, 303, 303]);
      assert.equal(statuses[5], 429);
    });

    it('lets only editors and admins into the inbox', async () => {
      assert.equal((await new TestClient(ctx.app).get('/en/support/inbox')).statusCode, 303);
      for (const [role, expected] of [
        ['member', 403],
        ['coordinator', 403],
        ['editor', 200],
        ['admin', 200],
      ] as const) {
        const user = await makeUser(ctx.deps, role);
        const client = new TestClient(ctx.app);
        await client.signIn(user.email, user.password);
        assert.equal((await client.get('/en/support/inbox')).statusCode, expected, role);
      }
      const member = await makeUser(ctx.deps, 'member');
      const client = new TestClient(ctx.app);
      await client.signIn(member.email, member.password);
      const row = await ctx.deps.db.selectFrom('support_requests').select('id').executeTakeFirstOrThrow();
      await client.get('/en/account');
      const refused = await client.post(`/en/support/inbox/${row.id}/status`, {
        _csrf: client.csrf(),
        status: 'accepted',
      });
      assert.equal(refused.statusCode, 403);
    });

    it('works a request: status, reply by e-mail, note', async () => {
      const editor = await makeUser(ctx.deps, 'editor');
      const client = new TestClient(ctx.app);
      await client.signIn(editor.email, editor.password);
      const row = await ctx.deps.db
        .selectFrom('support_requests')
        .selectAll()
        .where('status', '=', 'new')
        .executeTakeFirstOrThrow();
      const page = `/en/support/inbox/${row.id}`;
      assert.equal(
        (await client.submit(page, `${page}/reply`, { body: 'Thank you — can we talk next week?' }))
          .statusCode,
        303,
      );
      const mail = await ctx.deps.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', row.email)
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(mail.text_body, 'Thank you — can we talk next week?');
      assert.equal((await client.submit(page, `${page}/status`, { status: 'accepted' })).statusCode, 303);
      assert.equal(
        (await client.submit(page, `${page}/note`, { note: 'Call planned <script>x</script>' })).statusCode,
        303,
      );
      const after = await client.get(page);
      assert.match(after.body, /Accepted/);
      assert.match(after.body, /Call planned &lt;script&gt;/);
      assert.equal((await client.submit(page, `${page}/status`, { status: 'archived' })).statusCode, 400);
      assert.equal((await client.submit(page, `${page}/reply`, { body: '' })).statusCode, 400);
      assert.equal(
        (await client.get('/en/support/inbox/00000000-0000-7000-8000-000000000000')).statusCode,
        404,
      );
    });

    it('deletes requests past their retention period and logs it', async () => {
      await send(valid);
      const before = await count();
      assert.ok(before > 0);
      clock.advance((RETENTION_DAYS + 1) * DAY);
      const reports = await runHousekeeping(ctx.deps);
      assert.deepEqual(
        reports.filter((r) => r.includes('support requests')),
        [`${before} support requests past their retention period deleted.`],
      );
      assert.equal(await count(), 0);
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'support.retention_deleted')
        .executeTakeFirstOrThrow();
      assert.equal(JSON.parse(audit.details ?? '{}').count, before);
      assert.doesNotMatch(audit.details ?? '', /officer@example/);
    });
  });
}
