// Taskforce dossiers on both databases: the timeline rule (dated newest first, undated apart),
// what visitors may see, the overview, the API, embed and calendar, editors' pages per role, and
// the path from an accepted support request to a draft dossier.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deleteItem } from '../src/features/items/service.ts';
import type { Actor } from '../src/features/items/policy.ts';
import {
  addMilestone,
  addTimelineItem,
  createDossier,
  type DossierInput,
} from '../src/features/taskforces/service.ts';
import { transition } from '../src/features/items/service.ts';
import { DIALECTS } from './helpers/databases.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { makeOrganisation, makeUser, unique } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';

function dossierInput(overrides: Partial<DossierInput> = {}): DossierInput {
  const title = unique('Dossier');
  return {
    lang: 'en',
    title,
    summary: `Summary of ${title}.`,
    background: 'Why the region asked for help.',
    objectives: 'Start a programme.',
    results: 'A pilot is planned.',
    countryCodes: ['ES'],
    regionIds: [],
    requesterIds: [],
    platformIds: [],
    startsOn: '2018-02-07',
    endsOn: null,
    status: 'ongoing',
    instruments: ['taskforce_meetings'],
    ...overrides,
  };
}

for (const dialect of DIALECTS) {
  describe(`taskforce dossiers on ${dialect}`, () => {
    let ctx: TestContext;
    let editor: Actor;
    let editorUser: { email: string; password: string };
    let slug: string;
    let dossierId: string;
    let deletedTitle: string;
    before(async () => {
      ctx = await createTestContext(dialect);
      const user = await makeUser(ctx.deps, 'editor');
      editorUser = user;
      editor = { id: user.id, role: 'editor', organisationId: null };
      const requester = await makeOrganisation(ctx.deps, 'InnoBasque Test');
      const created = await createDossier(
        ctx.deps,
        editor,
        dossierInput({ requesterIds: [requester.id], title: 'STEAMsare test dossier' }),
      );
      assert.ok(created.ok);
      slug = created.slug;
      dossierId = created.id;
      await transition(ctx.deps, editor, created.id, 'en', 'publish');
      const add = async (item: { id: string }, date: string | null = null) =>
        assert.ok((await addTimelineItem(ctx.deps, editor, created.id, item.id, {}, date)).ok);
      await add(
        await makeItem(ctx.deps, {
          type: 'tool',
          title: 'BTM model',
          organisationId: requester.id,
          neutral: { publishedOn: '2020-01-01' },
        }),
      );
      await add(
        await makeItem(ctx.deps, {
          type: 'policy',
          title: 'Basque STEAM strategy',
          neutral: { publishedOn: '2018-06-01' },
        }),
      );
      await add(
        await makeItem(ctx.deps, {
          type: 'programme',
          title: 'JNTN programme',
          links: { levels: ['secondary'] },
        }),
      );
      await add(
        await makeItem(ctx.deps, {
          type: 'tool',
          title: 'JNTN tool page',
          neutral: { publishedOn: '2018-03-15' },
        }),
      );
      await add(
        await makeItem(ctx.deps, {
          type: 'meeting',
          title: 'Taskforce meeting',
          neutral: {
            startsOn: '2018-11-01',
            endsOn: '2018-11-02',
            city: 'Utrecht',
            onlineUrl: 'https://example.org/live',
          },
        }),
      );
      await add(
        await makeItem(ctx.deps, {
          type: 'report',
          title: 'Members-only minutes',
          visibility: 'members',
          neutral: { publishedOn: '2019-05-05' },
        }),
      );
      await add(
        await makeItem(ctx.deps, {
          type: 'report',
          title: 'Unpublished draft report',
          publish: false,
          neutral: { publishedOn: '2019-06-06' },
        }),
      );
      deletedTitle = 'Report that will be deleted';
      const doomed = await makeItem(ctx.deps, {
        type: 'report',
        title: deletedTitle,
        neutral: { publishedOn: '2019-07-07' },
      });
      await add(doomed);
      await deleteItem(ctx.deps, editor, doomed.id);
      assert.ok(
        (
          await addMilestone(ctx.deps, editor, created.id, {
            date: '2020-09-01',
            titles: { en: 'Pilot launched', nl: 'Pilot gestart' },
            notes: {},
          })
        ).ok,
      );
    });
    after(() => ctx.close());

    it('renders the timeline newest first with undated programmes apart, hiding what visitors may not see', async () => {
      const page = await new TestClient(ctx.app).get(`/en/taskforces/${slug}`);
      assert.equal(page.statusCode, 200);
      const order = [
        'Pilot launched',
        'BTM model',
        'Taskforce meeting',
        'Basque STEAM strategy',
        'JNTN tool page',
        'Programmes and tools without a date',
        'JNTN programme',
      ];
      const timeline = page.body.slice(page.body.indexOf('Timeline of key events'));
      const positions = order.map((t) => timeline.indexOf(t));
      assert.ok(
        positions.every((p) => p > 0),
        `all present: ${positions.join(',')}`,
      );
      assert.deepEqual(
        [...positions].sort((a, b) => a - b),
        positions,
        'in this order',
      );
      assert.match(timeline, /Tool \| InnoBasque Test/, 'line two: type | source organisation');
      assert.match(
        timeline,
        /timeline-meta">Secondary education</,
        'an undated programme shows its education level',
      );
      for (const hidden of ['Members-only minutes', 'Unpublished draft report', deletedTitle])
        assert.doesNotMatch(page.body, new RegExp(hidden));
      assert.match(page.body, /InnoBasque Test/);
      assert.doesNotMatch(page.body, /<dt>[^<]*<\/dt>\s*<dd>\s*<\/dd>/, 'no empty labelled field');
    });

    it('shows members-only entries to members', async () => {
      const member = await makeUser(ctx.deps, 'member');
      const client = new TestClient(ctx.app);
      await client.signIn(member.email, member.password);
      assert.match((await client.get(`/en/taskforces/${slug}`)).body, /Members-only minutes/);
    });

    it('shows Dutch readers the English text with a notice and the right lang attribute', async () => {
      const page = await new TestClient(ctx.app).get(`/nl/taskforces/${slug}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="nl">/);
      assert.match(page.body, /Nog niet beschikbaar/);
      assert.match(page.body, /<h1 lang="en">STEAMsare test dossier<\/h1>/);
      assert.match(page.body, /Pilot gestart/);
    });

    it('lists dossiers in the overview, filterable, ignoring unknown filter values', async () => {
      const other = await createDossier(
        ctx.deps,
        editor,
        dossierInput({
          countryCodes: ['NO'],
          status: 'finalised',
          title: 'Finalised Norwegian test dossier',
          startsOn: '2016-09-29',
        }),
      );
      assert.ok(other.ok);
      await transition(ctx.deps, editor, other.id, 'en', 'publish');
      const client = new TestClient(ctx.app);
      const all = await client.get('/en/taskforces');
      assert.equal(all.statusCode, 200);
      assert.ok(
        all.body.indexOf('STEAMsare test dossier') < all.body.indexOf('Finalised and closed'),
        'ongoing table first',
      );
      assert.ok(
        all.body.indexOf('Finalised Norwegian test dossier') > all.body.indexOf('Finalised and closed'),
      );
      const norway = await client.get('/en/taskforces?country=NO');
      assert.doesNotMatch(norway.body, /STEAMsare test dossier/);
      assert.match(norway.body, /Finalised Norwegian test dossier/);
      assert.equal((await client.get('/en/taskforces?country=ZZ&status=<script>')).statusCode, 200);
      assert.equal((await client.get('/en/taskforces/no-such-dossier')).statusCode, 404);
    });

    it('serves the taskforce API with the timeline newest first and undated entries apart', async () => {
      const list = await ctx.app.inject({ url: '/api/v1/taskforces?locale=nl' });
      assert.equal(list.statusCode, 200);
      assert.ok(list.json<{ items: { slug: string }[] }>().items.some((i) => i.slug === slug));
      const one = await ctx.app.inject({ url: `/api/v1/taskforces/${slug}` });
      const body = one.json<{
        status: string;
        requesters: { name: string }[];
        timeline: { dated: { date: string; title: string }[]; undated: { title: string; date: null }[] };
      }>();
      assert.equal(body.status, 'ongoing');
      const dates = body.timeline.dated.map((e) => e.date);
      assert.deepEqual(dates, [...dates].sort().reverse());
      assert.deepEqual(
        body.timeline.undated.map((e) => e.title),
        ['JNTN programme'],
      );
      assert.ok(!JSON.stringify(body).includes('Members-only minutes'));
      const missing = await ctx.app.inject({ url: '/api/v1/taskforces/nope' });
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json<{ error: { code: string } }>().error.code, 'not_found');
    });

    it('can be embedded elsewhere and exports its meetings as iCalendar', async () => {
      const embed = await ctx.app.inject({ url: `/en/taskforces/${slug}/embed` });
      assert.equal(embed.statusCode, 200);
      assert.equal(embed.headers['x-frame-options'], undefined);
      assert.match(String(embed.headers['content-security-policy']), /frame-ancestors \*/);
      assert.match(embed.body, /BTM model/);
      const page = await ctx.app.inject({ url: `/en/taskforces/${slug}` });
      assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'none'/);
      const ics = await ctx.app.inject({ url: `/en/taskforces/${slug}/meetings.ics` });
      assert.equal(ics.statusCode, 200);
      assert.match(String(ics.headers['content-type']), /text\/calendar/);
      const events = ics.body.match(/BEGIN:VEVENT/g) ?? [];
      assert.equal(events.length, 1);
      assert.match(ics.body.replace(/\r\n /g, ''), /URL.*\/en\/library\//);
      assert.match(ics.body.replace(/\r\n /g, ''), /https:\/\/example\.org\/live/);
    });

    it('lets only editors and admins edit dossiers and timelines', async () => {
      const anonymous = new TestClient(ctx.app);
      assert.equal((await anonymous.get(`/en/taskforces/${slug}/edit`)).statusCode, 303);
      for (const [role, expected] of [
        ['member', 403],
        ['coordinator', 403],
        ['editor', 200],
        ['admin', 200],
      ] as const) {
        const user = await makeUser(ctx.deps, role);
        const client = new TestClient(ctx.app);
        await client.signIn(user.email, user.password);
        assert.equal((await client.get(`/en/taskforces/${slug}/edit`)).statusCode, expected, `${role} edit`);
        assert.equal(
          (await client.get(`/en/taskforces/${slug}/timeline`)).statusCode,
          expected,
          `${role} timeline`,
        );
        assert.equal((await client.get('/en/taskforces/new')).statusCode, expected, `${role} new`);
      }
    });

    it('adds entries through the search picker, refuses bad status moves, previews for visitors', async () => {
      const client = new TestClient(ctx.app);
      await client.signIn(editorUser.email, editorUser.password);
      const extra = await makeItem(ctx.deps, {
        type: 'report',
        title: 'Findable quokka report',
        neutral: { publishedOn: '2021-01-01' },
      });
      const picker = await client.get(`/en/taskforces/${slug}/timeline?q=quokka`);
      assert.match(picker.body, /Findable quokka report/);
      const added = await client.post(`/en/taskforces/${slug}/timeline/items`, {
        _csrf: client.csrf(),
        itemId: extra.id,
      });
      assert.equal(added.statusCode, 303);
      const preview = await client.get(`/en/taskforces/${slug}/timeline`);
      assert.match(preview.body, /Not visible to visitors/);
      assert.match(
        (await new TestClient(ctx.app).get(`/en/taskforces/${slug}`)).body,
        /Findable quokka report/,
      );
      const entries = async () =>
        Number(
          (
            await ctx.deps.db
              .selectFrom('timeline_entries')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('item_id', '=', extra.id)
              .executeTakeFirstOrThrow()
          ).n,
        );
      assert.equal(await entries(), 1);
      const again = await client.post(`/en/taskforces/${slug}/timeline/items`, {
        _csrf: client.csrf(),
        itemId: extra.id,
      });
      assert.equal(again.statusCode, 303);
      assert.equal(await entries(), 1, 'the same item is not added twice');
      assert.match((await client.get(`/en/taskforces/${slug}/timeline`)).body, /on the timeline already/);
      assert.equal(
        (
          await client.submit(`/en/taskforces/${slug}/edit`, `/en/taskforces/${slug}/edit`, {
            status: 'requested',
          })
        ).statusCode,
        409,
      );
      assert.equal(
        (
          await client.submit(`/en/taskforces/${slug}/edit`, `/en/taskforces/${slug}/edit`, {
            status: 'finalised',
            instruments: ['roundtable', 'study_visit'],
          })
        ).statusCode,
        303,
      );
      const dossierPage = await new TestClient(ctx.app).get(`/en/taskforces/${slug}`);
      assert.match(dossierPage.body, /Roundtable, Study visit/);
      const bad = await client.submit(
        `/en/taskforces/${slug}/timeline`,
        `/en/taskforces/${slug}/timeline/milestones`,
        { date: 'not-a-date', titleEn: 'Typed <milestone>' },
      );
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /error-summary/);
      assert.match(bad.body, /value="Typed &lt;milestone&gt;"/, 'the form comes back with what was typed');
      // One field per site language, labelled with the language's name in the reader's language.
      assert.match(bad.body, /name="titleEn"[^>]*required/);
      assert.match(bad.body, /Milestone \(English\)[\s\S]*Milestone \(Dutch\)/);
      assert.match(bad.body, /name="noteNl"/);
      assert.match(bad.body, /Note \(English\)[\s\S]*Note \(Dutch\)/);
      const dutch = (await client.get(`/nl/taskforces/${slug}/timeline`)).body;
      assert.match(dutch, /Mijlpaal \(Engels\)[\s\S]*Mijlpaal \(Nederlands\)/);
      assert.match(dutch, /Toelichting \(Nederlands\)/);
    });

    it('sends a bad timeline entry form back in place with what was typed, and changes nothing', async () => {
      const client = new TestClient(ctx.app);
      await client.signIn(editorUser.email, editorUser.password);
      const timeline = `/en/taskforces/${slug}/timeline`;
      const made = await client.submit(timeline, `${timeline}/milestones`, {
        date: '2026-03-04',
        titleEn: 'Kick-off meeting',
      });
      assert.equal(made.statusCode, 303);
      const { id } = await ctx.deps.db
        .selectFrom('timeline_entries')
        .select('id')
        .where('taskforce_id', '=', dossierId)
        .where('kind', '=', 'milestone')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      const stored = async () =>
        ctx.deps.db
          .selectFrom('timeline_entries')
          .select(['id', 'entry_date', 'titles', 'notes'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
      const before = await stored();
      const entryUrl = `${timeline}/entries/${before.id}`;
      const impossible = await client.submit(timeline, entryUrl, {
        date: '2026-02-31',
        titleEn: 'Kick-off <b>moved</b>',
        noteEn: 'Typed note',
      });
      assert.equal(impossible.statusCode, 400);
      assert.match(
        impossible.body,
        new RegExp(`<a href="#date-${before.id}">`),
        'the error summary links to this entry’s field',
      );
      assert.match(impossible.body, /value="Kick-off &lt;b&gt;moved&lt;\/b&gt;"/);
      assert.match(impossible.body, /value="Typed note"/);
      const untitled = await client.submit(timeline, entryUrl, {
        date: '2026-03-05',
        titleEn: '  ',
        noteEn: 'x',
      });
      assert.equal(untitled.statusCode, 400);
      assert.match(untitled.body, new RegExp(`id="titleEn-${before.id}-error"`));
      const tooLong = await client.submit(timeline, entryUrl, {
        date: '2026-03-05',
        titleEn: 'Kick-off',
        noteEn: 'n'.repeat(501),
      });
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, /at most 500|500/);
      assert.deepEqual(await stored(), before, 'nothing was saved');
      const fine = await client.submit(timeline, entryUrl, {
        date: '2026-03-05',
        titleEn: 'Kick-off meeting',
        noteEn: 'Moved a day',
      });
      assert.equal(fine.statusCode, 303);
      assert.equal((await stored()).entry_date, '2026-03-05');
      assert.equal(
        (
          await client.submit(timeline, `${timeline}/milestones`, {
            date: '2026-02-30',
            titleEn: 'Impossible day',
          })
        ).statusCode,
        400,
      );
    });

    it('turns an accepted support request into a draft dossier, once', async () => {
      const org = await makeOrganisation(ctx.deps);
      const id = ctx.deps.newId();
      const now = new Date().toISOString();
      await ctx.deps.db
        .insertInto('support_requests')
        .values({
          id,
          reference: `SR-2026-${id.slice(-5).toUpperCase()}`,
          status: 'accepted',
          locale: 'en',
          organisation_name: org.name,
          organisation_id: org.id,
          country_code: 'FR',
          region_id: null,
          contact_name: 'Officer',
          email: 'officer@example.test',
          instrument: 'taskforce',
          challenge: 'We want a regional programme for school–company cooperation.',
          time_frame: 'later',
          consent_at: now,
          retain_until: '2099-01-01T00:00:00.000Z',
          assigned_to: null,
          dossier_item_id: null,
          created_at: now,
          updated_at: now,
          decided_at: now,
        })
        .execute();
      const client = new TestClient(ctx.app);
      await client.signIn(editorUser.email, editorUser.password);
      const made = await client.submit(`/en/support/inbox/${id}`, `/en/support/inbox/${id}/dossier`, {});
      assert.equal(made.statusCode, 303);
      const request = await ctx.deps.db
        .selectFrom('support_requests')
        .select('dossier_item_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.ok(request.dossier_item_id);
      const item = await ctx.deps.db
        .selectFrom('items')
        .select(['type', 'listed'])
        .where('id', '=', request.dossier_item_id)
        .executeTakeFirstOrThrow();
      assert.equal(item.type, 'taskforce');
      assert.ok(!item.listed, 'a draft, not public until published');
      const requester = await ctx.deps.db
        .selectFrom('item_organisations')
        .select('role')
        .where('item_id', '=', request.dossier_item_id)
        .where('organisation_id', '=', org.id)
        .executeTakeFirstOrThrow();
      assert.equal(requester.role, 'requester');
      assert.equal(
        (await client.submit(`/en/support/inbox/${id}`, `/en/support/inbox/${id}/dossier`, {})).statusCode,
        409,
      );
    });
  });
}
