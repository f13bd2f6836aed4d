// Events: upcoming and past around a fixed "today", date formats, pagination of the past, and the
// iCalendar feeds — one VEVENT per public event with the URL of its page, the online link where
// there is one, all-day dates with an exclusive end, floating times — and 404 for what is no event.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translator } from '../src/i18n/index.ts';
import { formatEventDates, parseMoment } from '../src/features/events/domain/dates.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser } from './helpers/factories.ts';
import { makeItem, type MadeItem } from './helpers/items.ts';
import { makeOrg } from './helpers/organisations.ts';

const en = translator('en');
const spaces = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');
const format = (locale: string, start: string, end: string | null = null) =>
  spaces(formatEventDates(locale, parseMoment(start)!, parseMoment(end)));

/** The VEVENT blocks of an iCalendar text, with folded lines joined again. */
function vevents(ics: string): string[] {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r?\n([\s\S]*?)END:VEVENT/g)].map((m) => m[1]!);
}
const eventFor = (list: string[], title: string) => {
  const found = list.find((v) => v.includes(`\nSUMMARY:${title}\r`) || v.includes(`\nSUMMARY:${title}\n`));
  assert.ok(found, `a VEVENT for ${title}`);
  return found;
};

describe('event dates', () => {
  it('formats single days, hours and ranges in the reader’s locale', () => {
    assert.equal(format('en', '2030-07-01'), 'July 1, 2030');
    assert.equal(format('nl', '2030-07-01', '2030-07-03'), '1–3 juli 2030');
    assert.equal(format('en', '2030-07-01', '2030-07-03'), 'July 1 – 3, 2030');
    assert.equal(format('nl', '2030-06-30', '2030-07-02'), '30 juni – 2 juli 2030');
    assert.equal(format('nl', '2030-06-20T14:00', '2030-06-20T15:30'), '20 juni 2030, 14:00–15:30');
    assert.equal(format('nl', '2030-06-20T14:00'), '20 juni 2030 om 14:00');
    assert.equal(format('en', '2030-06-20', '2030-06-20'), 'June 20, 2030');
    assert.equal(
      format('en', '2030-06-20', '2030-06-01'),
      'June 20, 2030',
      'an end before the start is ignored',
    );
  });

  it('accepts only real dates', () => {
    assert.deepEqual(parseMoment('2030-06-20T14:00'), { date: '2030-06-20', time: '14:00' });
    for (const bad of ['2030-02-30', '2030-13-01', '2030-06-20T25:00', 'tomorrow', '', null])
      assert.equal(parseMoment(bad), null, String(bad));
  });
});

for (const dialect of DIALECTS) {
  describe(`events on ${dialect}`, () => {
    let ctx: TestContext;
    const ev: Record<string, MadeItem> = {};
    const base = 'http://localhost:3000';

    before(async () => {
      ctx = await createTestContext(dialect, {
        deps: { clock: fixedClock(new Date('2030-06-15T10:00:00Z')) },
      });
      const deps = ctx.deps;
      const host = await makeOrg(deps, { name: 'TU Delft Host', country: 'NL' });
      const event = (
        title: string,
        neutral: Record<string, string>,
        extra: Parameters<typeof makeItem>[1] = {},
      ) => makeItem(deps, { type: 'event', title, neutral, ...extra });
      ev.summer = await event(
        'Summer school',
        {
          startsOn: '2030-07-01',
          endsOn: '2030-07-03',
          venue: 'Aula',
          city: 'Delft',
          onlineUrl: 'https://meet.example.org/summer',
        },
        {
          links: { organisations: [{ id: host.id, role: 'host' }] },
          summary: 'Three days of STEM.',
          translations: { nl: { title: 'Zomerschool', summary: 'Drie dagen STEM.' } },
        },
      );
      ev.ongoing = await event('Ongoing congress', {
        startsOn: '2030-06-14',
        endsOn: '2030-06-16',
        city: 'Tallinn',
      });
      ev.today = await event('Open day', { startsOn: '2030-06-15' });
      ev.call = await makeItem(deps, {
        type: 'meeting',
        title: 'Taskforce call',
        neutral: {
          startsOn: '2030-06-20T14:00',
          endsOn: '2030-06-20T15:30',
          onlineUrl: 'https://meet.example.org/call',
        },
      });
      ev.dutch = await event('Nederlandse bijeenkomst', { startsOn: '2030-08-01' }, { lang: 'nl' });
      ev.spring = await makeItem(deps, {
        type: 'meeting',
        title: 'Spring meeting',
        neutral: {
          startsOn: '2030-05-01T09:30',
          endsOn: '2030-05-01T17:00',
          venue: 'Town hall',
          city: 'Ghent',
        },
      });
      ev.autumn = await event('Autumn assembly', { startsOn: '2029-11-05' });
      ev.members = await event('Members dinner', { startsOn: '2030-09-01' }, { visibility: 'members' });
      ev.project = await makeItem(deps, {
        type: 'eu_project',
        title: 'EU project with a start',
        neutral: { startsOn: '2030-07-01' },
      });
      ev.undated = await event('Undated event', {});
    });
    after(() => ctx.close());

    it('lists upcoming events soonest first and past events newest first, around today', async () => {
      const response = await ctx.app.inject('/en/events');
      assert.equal(response.statusCode, 200);
      const body = response.body;
      const upcoming = body.slice(body.indexOf('id="upcoming"'), body.indexOf('id="past"'));
      const past = body.slice(body.indexOf('id="past"'), body.indexOf('class="subscribe"'));
      const order = (part: string, titles: string[]) => titles.map((t) => part.indexOf(`>${t}</a>`));
      const up = order(upcoming, [
        'Ongoing congress',
        'Open day',
        'Taskforce call',
        'Summer school',
        'Nederlandse bijeenkomst',
      ]);
      assert.ok(
        up.every((i, n) => i > 0 && (n === 0 || i > up[n - 1]!)),
        `upcoming in order: ${up}`,
      );
      const down = order(past, ['Spring meeting', 'Autumn assembly']);
      assert.ok(down[0]! > 0 && down[1]! > down[0]!, 'past newest first');
      for (const hidden of ['Members dinner', 'EU project with a start', 'Undated event'])
        assert.ok(!body.includes(hidden), `${hidden} is not on the page`);
      assert.ok(
        spaces(upcoming).includes('July 1 – 3, 2030') &&
          spaces(upcoming).includes('June 20, 2030, 2:00 – 3:30 PM'),
      );
      assert.ok(
        upcoming.includes('Aula, Delft') &&
          upcoming.includes('>TU Delft Host</a>') &&
          upcoming.includes('href="https://meet.example.org/summer"'),
      );
      assert.match(upcoming, /<a href="\/en\/library\/[^"]+" lang="nl">Nederlandse bijeenkomst<\/a>/);
      assert.ok(body.includes(`href="/en/events/${ev.summer!.slug}.ics"`));
    });

    it('explains how to subscribe and links the calendar feed', async () => {
      const body = (await ctx.app.inject('/en/events')).body;
      assert.ok(
        body.includes(en.t('events.subscribe.title')) && body.includes(en.t('events.subscribe.explain')),
      );
      assert.ok(body.includes('<link rel="alternate" type="text/calendar"'));
      assert.ok(
        body.includes(`href="/en/events.ics"`) && body.includes(`<code>${base}/en/events.ics</code>`),
      );
    });

    it('shows members-only events to members', async () => {
      const member = await makeUser(ctx.deps, 'member');
      const client = new TestClient(ctx.app);
      await client.signIn(member.email, member.password);
      const body = (await client.get('/en/events')).body;
      assert.ok(body.includes('>Members dinner</a>') && body.includes(en.t('events.membersOnly')));
      assert.equal((await client.get(`/en/events/${ev.members!.slug}.ics`)).statusCode, 200);
    });

    it('serves every public event as a VEVENT with its page URL, online link and the right dates', async () => {
      const response = await ctx.app.inject('/en/events.ics');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8');
      const list = vevents(response.body);
      assert.equal(list.length, 7, 'one VEVENT per public, dated, listed event or meeting');
      for (const v of list) assert.match(v, new RegExp(`URL;VALUE=URI:${base}/en/library/[a-z0-9-]+`));
      const summer = eventFor(list, 'Summer school');
      assert.ok(summer.includes(`UID:${ev.summer!.id}@localhost`));
      assert.ok(summer.includes(`URL;VALUE=URI:${base}/en/library/${ev.summer!.slug}`));
      assert.ok(
        summer.includes('DTSTART;VALUE=DATE:20300701') && summer.includes('DTEND;VALUE=DATE:20300704'),
        'all day, end exclusive',
      );
      assert.ok(summer.includes('LOCATION:Aula\\, Delft'));
      assert.ok(
        summer.includes('Online: https://meet.example.org/summer') &&
          summer.includes(`More: ${base}/en/library/${ev.summer!.slug}`),
      );
      assert.ok(summer.includes('X-HELIX-ONLINE-URL:https://meet.example.org/summer'));
      const day = eventFor(list, 'Open day');
      assert.ok(day.includes('DTSTART;VALUE=DATE:20300615') && day.includes('DTEND;VALUE=DATE:20300616'));
      assert.ok(!day.includes('X-HELIX-ONLINE-URL'));
      const call = eventFor(list, 'Taskforce call');
      assert.ok(
        call.includes('DTSTART:20300620T140000\r') && call.includes('DTEND:20300620T153000\r'),
        'times as written (floating)',
      );
      assert.ok(
        call.includes('LOCATION:https://meet.example.org/call'),
        'an online-only event has its link as its place',
      );
      assert.ok(!response.body.includes('Members dinner') && !response.body.includes('EU project'));
    });

    it('answers 304 to a client that has the current feed, and a new event changes it', async () => {
      const first = await ctx.app.inject('/en/events.ics');
      const etag = String(first.headers.etag);
      assert.match(etag, /^"events-en-[^"]+"$/);
      assert.equal(
        (await ctx.app.inject({ url: '/en/events.ics', headers: { 'if-none-match': etag } })).statusCode,
        304,
      );
      const added = await makeItem(ctx.deps, {
        type: 'event',
        title: 'Late addition',
        neutral: { startsOn: '2030-10-10' },
      });
      const second = await ctx.app.inject({ url: '/en/events.ics', headers: { 'if-none-match': etag } });
      assert.equal(second.statusCode, 200);
      assert.notEqual(second.headers.etag, etag);
      assert.ok(vevents(second.body).some((v) => v.includes(`UID:${added.id}@localhost`)));
    });

    it('gives the feed in the reader’s language, with fallback', async () => {
      const list = vevents((await ctx.app.inject('/nl/events.ics')).body);
      const summer = eventFor(list, 'Zomerschool');
      assert.ok(
        summer.includes('Drie dagen STEM.') && summer.includes(`Meer: ${base}/nl/library/${ev.summer!.slug}`),
      );
      eventFor(list, 'Ongoing congress');
    });

    it('serves one event as iCalendar, and 404 for anything else', async () => {
      const one = await ctx.app.inject(`/en/events/${ev.call!.slug}.ics`);
      assert.equal(one.statusCode, 200);
      assert.equal(one.headers['content-type'], 'text/calendar; charset=utf-8');
      const list = vevents(one.body);
      assert.equal(list.length, 1);
      assert.ok(
        list[0]!.includes(`URL;VALUE=URI:${base}/en/library/${ev.call!.slug}`) &&
          list[0]!.includes('https://meet.example.org/call'),
      );
      for (const slug of ['no-such-event', ev.project!.slug, ev.undated!.slug, ev.members!.slug]) {
        assert.equal((await ctx.app.inject(`/en/events/${slug}.ics`)).statusCode, 404, slug);
      }
    });

    it('pages through past events, 20 at a time', async () => {
      for (let i = 1; i <= 21; i++)
        await makeItem(ctx.deps, {
          type: 'event',
          title: `Old event ${i}`,
          neutral: { startsOn: `2020-01-${String(i).padStart(2, '0')}` },
        });
      const first = await ctx.app.inject('/en/events');
      assert.equal(
        (first.body.slice(first.body.indexOf('id="past"')).match(/<li class="event">/g) ?? []).length,
        20,
      );
      const second = await ctx.app.inject('/en/events?page=2');
      assert.equal(second.statusCode, 200);
      assert.ok(!second.body.includes('id="upcoming"'), 'upcoming events only on the first page');
      assert.equal((second.body.match(/<li class="event">/g) ?? []).length, 3);
      assert.ok(second.body.includes('>Old event 1</a>') && second.body.includes('rel="prev"'));
      assert.equal((await ctx.app.inject('/en/events?page=3')).statusCode, 404);
      for (const q of ['page=0', 'page=abc', 'page=99999999'])
        assert.equal((await ctx.app.inject(`/en/events?${q}`)).statusCode, 400, q);
    });
  });
}
