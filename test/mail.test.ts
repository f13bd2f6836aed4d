// The mail outbox against a real SMTP server on loopback: each message once, retries with
// back-off, giving up, and holding mail for administrators when no SMTP server is configured.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { backoffMs, deliverDueMail, MAX_ATTEMPTS, queueMail } from '../src/features/mail/service.ts';
import { smtpTransport } from '../src/lib/mail-transport.ts';
import { translator } from '../src/i18n/index.ts';
import { fixedClock, HOUR, iso } from '../src/lib/clock.ts';
import { escapeHtml } from '../src/web/html.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser, unique } from './helpers/factories.ts';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink.ts';

for (const dialect of DIALECTS) {
  describe(`mail on ${dialect}`, () => {
    let ctx: TestContext;
    let sink: SmtpSink;
    const clock = fixedClock(new Date('2026-03-02T09:00:00.000Z'));

    before(async () => {
      sink = await startSmtpSink();
      ctx = await createTestContext(dialect, {
        deps: { clock, mailTransport: smtpTransport(sink.url, 'localhost') },
      });
    });
    after(async () => {
      ctx?.deps.mailTransport?.close();
      await ctx?.close();
      await sink?.close();
    });

    const row = (id: string) =>
      ctx.deps.db
        .selectFrom('mail_outbox')
        .select(['status', 'attempts', 'next_attempt_at', 'last_error', 'sent_at', 'locked_until'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
        .then((r) => ({ ...r, attempts: Number(r.attempts) }));
    const received = (to: string) =>
      sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to);

    async function queue(subject = 'Hello from Helix'): Promise<{ id: string; to: string }> {
      const to = `${unique('rcpt')}@example.test`;
      const id = await queueMail(ctx.deps, ctx.deps.db, { to, subject, text: `Dear reader,\n\n${subject}.` });
      return { id, to };
    }

    it('queues as pending and delivers exactly once, even with two deliveries running at once', async () => {
      const { id, to } = await queue('Once only');
      assert.equal((await row(id)).status, 'pending');
      const reports = await Promise.all([deliverDueMail(ctx.deps), deliverDueMail(ctx.deps)]);
      assert.equal(
        reports.reduce((n, r) => n + r.sent, 0),
        1,
      );
      assert.equal(
        reports.reduce((n, r) => n + r.failed, 0),
        0,
      );
      const mails = received(to);
      assert.equal(mails.length, 1);
      assert.equal(mails[0]?.subject, 'Once only');
      assert.equal(mails[0]?.text?.trim(), 'Dear reader,\n\nOnce only.');
      assert.equal(mails[0]?.from?.value[0]?.address, 'no-reply@helix.localhost');
      assert.deepEqual(await row(id), {
        status: 'sent',
        attempts: 1,
        next_attempt_at: iso(clock.now()),
        last_error: null,
        sent_at: iso(clock.now()),
        locked_until: null,
      });

      assert.deepEqual(
        await deliverDueMail(ctx.deps),
        { sent: 0, failed: 0 },
        'a later run finds nothing to do',
      );
      assert.equal(received(to).length, 1);
    });

    it('gives every message a stable Message-ID made from its outbox id', async () => {
      const { id, to } = await queue('With an id');
      await deliverDueMail(ctx.deps);
      assert.equal(received(to)[0]?.messageId, `<${id}@localhost>`);
    });

    it('keeps a message pending after a temporary failure, backs off, then sends it', async () => {
      const { id, to } = await queue('Try again');
      sink.failNext(1);
      assert.deepEqual(await deliverDueMail(ctx.deps), { sent: 0, failed: 1 });
      const failed = await row(id);
      assert.equal(failed.status, 'pending');
      assert.equal(failed.attempts, 1);
      assert.equal(failed.next_attempt_at, iso(new Date(clock.now().getTime() + backoffMs(1))));
      assert.match(failed.last_error ?? '', /451/);
      assert.equal(received(to).length, 0);

      clock.advance(backoffMs(1) - 1000);
      assert.deepEqual(await deliverDueMail(ctx.deps), { sent: 0, failed: 0 }, 'not before its time');
      clock.advance(1000);
      assert.deepEqual(await deliverDueMail(ctx.deps), { sent: 1, failed: 0 });
      assert.equal(received(to).length, 1);
      assert.equal(received(to)[0]?.messageId, `<${id}@localhost>`, 'the retry keeps the Message-ID');
      const sent = await row(id);
      assert.equal(sent.status, 'sent');
      assert.equal(sent.attempts, 2);
      assert.equal(sent.last_error, null);
    });

    it(`gives up after ${MAX_ATTEMPTS} failed attempts, with growing back-off`, async () => {
      const { id, to } = await queue('Never arrives');
      sink.failNext(MAX_ATTEMPTS);
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        assert.deepEqual(await deliverDueMail(ctx.deps), { sent: 0, failed: 1 }, `attempt ${attempt}`);
        const state = await row(id);
        assert.equal(state.attempts, attempt);
        assert.equal(state.status, attempt < MAX_ATTEMPTS ? 'pending' : 'failed');
        if (attempt < MAX_ATTEMPTS)
          assert.equal(state.next_attempt_at, iso(new Date(clock.now().getTime() + backoffMs(attempt))));
        clock.advance(backoffMs(attempt));
      }
      assert.ok(backoffMs(2) > backoffMs(1) && backoffMs(40) === 6 * HOUR);
      clock.advance(24 * HOUR);
      assert.deepEqual(
        await deliverDueMail(ctx.deps),
        { sent: 0, failed: 0 },
        'a failed message is not tried again',
      );
      assert.equal(received(to).length, 0);
    });

    it('takes over a message whose sender died mid-send once its lock has expired', async () => {
      const { id, to } = await queue('Orphaned');
      const lockedUntil = new Date(clock.now().getTime() + 60_000);
      await ctx.deps.db
        .updateTable('mail_outbox')
        .set({ status: 'sending', locked_until: iso(lockedUntil) })
        .where('id', '=', id)
        .execute();
      assert.deepEqual(await deliverDueMail(ctx.deps), { sent: 0, failed: 0 }, 'still locked');
      clock.advance(61_000);
      assert.deepEqual(await deliverDueMail(ctx.deps), { sent: 1, failed: 0 });
      assert.equal(received(to).length, 1);
    });

    it('holds mail without SMTP, never sends it, and shows it in full to an admin only', async () => {
      const withoutSmtp = { ...ctx.deps, mailTransport: null };
      const to = `${unique('held')}@example.test`;
      const id = await queueMail(withoutSmtp, ctx.deps.db, {
        to,
        subject: 'Held <for> reading',
        text: 'Read me in the outbox.\nSecond line.',
      });
      assert.equal((await row(id)).status, 'held');
      assert.deepEqual(await deliverDueMail(withoutSmtp), { sent: 0, failed: 0 });
      await deliverDueMail(ctx.deps);
      assert.equal((await row(id)).status, 'held', 'a held message stays held when SMTP appears');
      assert.equal(received(to).length, 0);

      const member = await makeUser(ctx.deps, 'member');
      const memberClient = new TestClient(ctx.app);
      await memberClient.signIn(member.email, member.password);
      assert.equal((await memberClient.get(`/en/admin/outbox/${id}`)).statusCode, 403);

      const admin = await makeUser(ctx.deps, 'admin');
      const client = new TestClient(ctx.app);
      await client.signIn(admin.email, admin.password);
      for (const locale of ['en', 'nl'] as const) {
        const page = await client.get(`/${locale}/admin/outbox/${id}`);
        assert.equal(page.statusCode, 200);
        assert.ok(page.body.includes('<h1>Held &lt;for&gt; reading</h1>'));
        assert.ok(page.body.includes('Read me in the outbox.\nSecond line.'));
        assert.ok(page.body.includes(escapeHtml(translator(locale).t('admin.outbox.status.held'))));
        assert.ok(page.body.includes(to));
      }
    });

    it('delivers the mail a page queues: a password reset arrives with its link', async () => {
      const user = await makeUser(ctx.deps, 'member');
      const client = new TestClient(ctx.app);
      const response = await client.submit('/en/password/forgot', '/en/password/forgot', {
        email: user.email,
      });
      assert.equal(response.statusCode, 200);
      const { id } = await ctx.deps.db
        .selectFrom('mail_outbox')
        .select('id')
        .where('to_address', '=', user.email)
        .executeTakeFirstOrThrow();
      assert.equal((await row(id)).status, 'pending');
      await deliverDueMail(ctx.deps);
      const [mail] = received(user.email);
      assert.equal(mail?.subject, translator('en').t('mail.reset.subject'));
      assert.match(mail?.text ?? '', /http:\/\/localhost:3000\/en\/password\/reset\/[A-Za-z0-9_-]{20,}/);
    });
  });
}
