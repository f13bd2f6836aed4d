// Editorial work through the pages: creating items, the per-language workflow (member drafts and
// submits, editor publishes), editing published texts, bad input, script payloads, revisions with
// their diff and restore, and deleting. Every case on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../src/kernel/identity.ts';
import type { Actor } from '../src/features/items/policy.ts';
import { findItemBySlug, findVersion, readLinks } from '../src/features/items/repository.ts';
import { translator, type MessageKey, type MessageParams } from '../src/i18n/index.ts';
import { escapeHtml } from '../src/web/html.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeOrganisation, makeUser, unique } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';

const t = (key: MessageKey, params?: MessageParams) => escapeHtml(translator('en').t(key, params));
const has = (body: string, text: string) =>
  assert.ok(body.includes(text), `expected the page to contain «${text}»`);
const lacks = (body: string, text: string) =>
  assert.ok(!body.includes(text), `expected the page not to contain «${text}»`);
const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';

for (const dialect of DIALECTS) {
  describe(`editorial on ${dialect}`, () => {
    let ctx: TestContext;
    let orgA: { id: string; name: string };
    let orgB: { id: string; name: string };
    let memberA: TestClient;
    let memberB: TestClient;
    let editor: TestClient;
    let memberActor: Actor;

    async function signedIn(
      role: Role,
      organisationId: string | null = null,
    ): Promise<{ client: TestClient; id: string }> {
      const user = await makeUser(ctx.deps, role, { organisationId });
      const client = new TestClient(ctx.app);
      assert.equal((await client.signIn(user.email, user.password)).statusCode, 303);
      return { client, id: user.id };
    }

    /** Submit a form of `page` as `client`: GET the page (for its CSRF token), then POST. */
    const submit = (
      client: TestClient,
      page: string,
      action: string,
      form: Record<string, string | string[]>,
    ) => client.submit(page, action, form);
    const edit = (slug: string) => `/en/editorial/items/${slug}`;
    const version = (slug: string, lang = 'en') => `${edit(slug)}/versions/${lang}`;
    const workflow = (client: TestClient, slug: string, action: string, lang = 'en') =>
      submit(client, edit(slug), `${version(slug, lang)}/workflow`, { action });

    before(async () => {
      ctx = await createTestContext(dialect);
      orgA = await makeOrganisation(ctx.deps);
      orgB = await makeOrganisation(ctx.deps);
      const a = await signedIn('member', orgA.id);
      memberA = a.client;
      memberActor = { id: a.id, role: 'member', organisationId: orgA.id };
      memberB = (await signedIn('member', orgB.id)).client;
      editor = (await signedIn('editor')).client;
    });
    after(async () => {
      await ctx.close();
    });

    const draftOfA = (overrides: Parameters<typeof makeItem>[1] = {}) =>
      makeItem(ctx.deps, {
        actor: memberActor,
        organisationId: orgA.id,
        publish: false,
        type: 'tool',
        ...overrides,
      });

    it('sends visitors to sign in and refuses roles without editorial rights', async () => {
      const visitor = new TestClient(ctx.app);
      const response = await visitor.get('/en/editorial');
      assert.equal(response.statusCode, 303);
      assert.match(String(response.headers.location), /^\/en\/sign-in\?next=%2Fen%2Feditorial/);
      const coordinator = (await signedIn('coordinator')).client;
      assert.equal((await coordinator.get('/en/editorial')).statusCode, 403);
      assert.equal((await coordinator.get('/en/editorial/items/new?type=tool')).statusCode, 403);
    });

    it('lets a member create an item for their own organisation only', async () => {
      const chooser = await memberA.get('/en/editorial/items/new');
      assert.equal(chooser.statusCode, 200);
      has(chooser.body, t('editorial.chooseType'));
      const form = await memberA.get('/en/editorial/items/new?type=programme');
      assert.equal(form.statusCode, 200);
      for (const field of [
        'name="title"',
        'name="summary"',
        'name="body"',
        'name="yearStart"',
        'name="text_objectives"',
        'name="levels"',
        'name="themes"',
        'name="countries"',
        'name="org_partner"',
        '<legend>',
      ])
        has(form.body, field);
      lacks(form.body, 'name="organisationId"');
      const title = unique('Member programme');
      const response = await submit(
        memberA,
        '/en/editorial/items/new?type=programme',
        '/en/editorial/items/new?type=programme',
        {
          type: 'programme',
          lang: 'en',
          title,
          summary: 'A short summary.',
          body: 'Some **bold** text.',
          text_objectives: 'To inspire.',
          organisationId: orgB.id,
          visibility: 'public',
          yearStart: '2020',
          countries: ['NL', 'BE'],
          levels: 'secondary',
          themes: ['careers', 'gender'],
          externalUrl: 'https://example.org/programme',
          org_partner: orgB.id,
        },
      );
      assert.equal(response.statusCode, 303, response.body);
      const slug = decodeURIComponent(String(response.headers.location).split('/').pop() ?? '');
      const item = await findItemBySlug(ctx.deps.db, slug);
      assert.ok(item);
      assert.equal(item.organisationId, orgA.id, 'a member cannot create for another organisation');
      assert.equal(item.neutral.yearStart, 2020);
      assert.equal(item.neutral.externalUrl, 'https://example.org/programme');
      const v = await findVersion(ctx.deps.db, item.id, 'en');
      assert.equal(v?.state, 'draft');
      assert.equal(v?.fields.objectives, 'To inspire.');
      const page = await memberA.get(edit(slug));
      assert.equal(page.statusCode, 200);
      has(page.body, t('editorial.flash.created'));
      has(page.body, title);
    });

    it('sends bad forms back with the typed values and a message per field (400)', async () => {
      const page = '/en/editorial/items/new?type=event';
      const base = {
        type: 'event',
        lang: 'en',
        visibility: 'public',
        summary: 'Typed summary stays',
        venue: 'Typed venue',
      };
      const missing = await submit(memberA, page, page, { ...base, title: '' });
      assert.equal(missing.statusCode, 400);
      has(missing.body, t('validation.required'));
      has(missing.body, 'Typed summary stays');
      has(missing.body, 'value="Typed venue"');

      const long = await submit(memberA, page, page, { ...base, title: 'x'.repeat(201) });
      assert.equal(long.statusCode, 400);
      has(long.body, t('validation.maxLength', { limit: 200 }));
      has(long.body, 'x'.repeat(201));

      const badDate = await submit(memberA, page, page, { ...base, title: 'Dated', startsOn: '2026-02-30' });
      assert.equal(badDate.statusCode, 400);
      has(badDate.body, t('editorial.validation.date'));
      has(badDate.body, 'value="2026-02-30"');
      const notADate = await submit(memberA, page, page, { ...base, title: 'Dated', startsOn: '15/03/2026' });
      assert.equal(notADate.statusCode, 400);
      has(notADate.body, t('editorial.validation.date'));
      const reversed = await submit(memberA, page, page, {
        ...base,
        title: 'Dated',
        startsOn: '2026-03-15',
        endsOn: '2026-03-14',
      });
      assert.equal(reversed.statusCode, 400);
      has(reversed.body, t('editorial.validation.endBeforeStart'));

      const js = await submit(memberA, page, page, {
        ...base,
        title: 'Linked',
        registrationUrl: 'javascript:alert(1)',
      });
      assert.equal(js.statusCode, 400);
      has(js.body, t('editorial.validation.url'));
      has(js.body, 'value="javascript:alert(1)"');
      lacks(js.body, 'href="javascript:');

      const unknownCountry = await submit(memberA, page, page, {
        ...base,
        title: 'Somewhere',
        countries: 'XX',
      });
      assert.equal(unknownCountry.statusCode, 400);
      const unknownType = await submit(memberA, page, '/en/editorial/items/new', {
        ...base,
        type: 'spaceship',
        title: 'x',
      });
      assert.equal(unknownType.statusCode, 400);
      const before = await ctx.deps.db
        .selectFrom('items')
        .select('id')
        .where('organisation_id', '=', orgA.id)
        .execute();
      assert.ok(before.every(Boolean));
    });

    it('refuses a member the items of another organisation (page and POST)', async () => {
      const item = await draftOfA();
      assert.equal((await memberB.get(edit(item.slug))).statusCode, 403);
      assert.equal((await memberB.get(version(item.slug))).statusCode, 403);
      assert.equal((await memberB.get(`${version(item.slug)}/revisions`)).statusCode, 403);
      await memberB.get('/en/editorial');
      const token = memberB.csrf();
      assert.equal(
        (await memberB.post(edit(item.slug), { _csrf: token, originalLang: 'en', visibility: 'public' }))
          .statusCode,
        403,
      );
      assert.equal(
        (await memberB.post(version(item.slug), { _csrf: token, title: 'Hijacked', summary: 'x' }))
          .statusCode,
        403,
      );
      assert.equal(
        (await memberB.post(`${version(item.slug)}/workflow`, { _csrf: token, action: 'submit' })).statusCode,
        403,
      );
      const v = await findVersion(ctx.deps.db, item.id, 'en');
      assert.equal(v?.title, item.title);
      assert.equal(v?.state, 'draft');
    });

    it('lets a member submit but not publish; an editor publishes from the review queue', async () => {
      const item = await draftOfA({ title: unique('Queue item') });
      await memberA.get(edit(item.slug));
      const token = memberA.csrf();
      assert.equal(
        (await memberA.post(`${version(item.slug)}/workflow`, { _csrf: token, action: 'publish' }))
          .statusCode,
        403,
      );
      assert.equal(
        (
          await memberA.post(version(item.slug), {
            _csrf: token,
            title: item.title,
            summary: 's',
            publish: '1',
          })
        ).statusCode,
        403,
      );
      const page = await memberA.get(edit(item.slug));
      lacks(page.body, `value="publish"`);
      has(page.body, `value="submit"`);

      const submitted = await workflow(memberA, item.slug, 'submit');
      assert.equal(submitted.statusCode, 303);
      assert.equal((await findVersion(ctx.deps.db, item.id, 'en'))?.state, 'review');
      const again = await workflow(memberA, item.slug, 'submit');
      assert.equal(again.statusCode, 409);
      has(again.body, t('editorial.conflict.title'));

      const dashboard = await editor.get('/en/editorial');
      assert.equal(dashboard.statusCode, 200);
      has(dashboard.body, t('editorial.dashboard.queue'));
      has(dashboard.body, item.title);
      const published = await workflow(editor, item.slug, 'publish');
      assert.equal(published.statusCode, 303);
      const stored = await findItemBySlug(ctx.deps.db, item.slug);
      assert.equal(stored?.listed, true);
      const live = await findVersion(ctx.deps.db, item.id, 'en');
      assert.equal(live?.state, 'published');
      assert.equal(live?.live?.title, item.title);
      const publicPage = await new TestClient(ctx.app).get(`/en/library/${item.slug}`);
      if (publicPage.statusCode !== 404) {
        assert.equal(publicPage.statusCode, 200);
        has(publicPage.body, escapeHtml(item.title));
      }
    });

    it('keeps the live text online when a member saves a published version', async () => {
      const item = await makeItem(ctx.deps, {
        organisationId: orgA.id,
        type: 'tool',
        body: 'The published words.',
      });
      const saved = await submit(memberA, version(item.slug), version(item.slug), {
        title: `${item.title} (edited)`,
        summary: 'New summary.',
        body: 'The draft words.',
      });
      assert.equal(saved.statusCode, 303);
      const v = await findVersion(ctx.deps.db, item.id, 'en');
      assert.equal(v?.state, 'draft');
      assert.equal(v?.live?.body, 'The published words.');
      assert.equal(v?.body, 'The draft words.');
      assert.equal((await findItemBySlug(ctx.deps.db, item.slug))?.listed, true);
      const page = await memberA.get(version(item.slug));
      has(page.body, t('editorial.flash.savedChanges'));
      has(page.body, t('editorial.state.changesInDraft'));
      has(page.body, t('editorial.version.changesNotice'));
      const publicPage = await new TestClient(ctx.app).get(`/en/library/${item.slug}`);
      if (publicPage.statusCode === 200) {
        has(publicPage.body, 'The published words.');
        lacks(publicPage.body, 'The draft words.');
      }
    });

    it('lets an editor save and publish in one step, and add a translation', async () => {
      const item = await draftOfA();
      const nlPage = await editor.get(`${edit(item.slug)}/translate?lang=nl`);
      assert.equal(nlPage.statusCode, 303);
      assert.equal(nlPage.headers.location, version(item.slug, 'nl'));
      const form = await editor.get(version(item.slug, 'nl'));
      assert.equal(form.statusCode, 200);
      has(form.body, t('editorial.version.newTitle', { language: 'Dutch' }));
      const saved = await editor.post(version(item.slug, 'nl'), {
        _csrf: editor.csrf(),
        title: 'Nederlandse titel',
        summary: 'Samenvatting.',
        body: 'Tekst.',
        publish: '1',
      });
      assert.equal(saved.statusCode, 303);
      const nl = await findVersion(ctx.deps.db, item.id, 'nl');
      assert.equal(nl?.state, 'published');
      assert.equal(nl?.live?.title, 'Nederlandse titel');
      assert.equal((await editor.get(`${edit(item.slug)}/translate?lang=xx`)).statusCode, 404);
      assert.equal((await editor.get(version(item.slug, 'xx'))).statusCode, 404);
    });

    it('renders script payloads inert in the editor, the preview and the diff', async () => {
      const item = await draftOfA({ type: 'meeting' });
      const saved = await submit(memberA, version(item.slug), version(item.slug), {
        title: `T ${XSS}`,
        summary: `S ${XSS}`,
        body: `B ${XSS}\n\n[link](javascript:alert(1))`,
        text_objective: `O ${XSS}`,
        text_nextSteps: `N ${XSS}`,
        note: `note ${XSS}`,
      });
      assert.equal(saved.statusCode, 303);
      for (const url of [
        version(item.slug),
        edit(item.slug),
        `${version(item.slug)}/revisions`,
        '/en/editorial',
      ]) {
        const page = await memberA.get(url);
        assert.equal(page.statusCode, 200, url);
        lacks(page.body, '<script>alert');
        lacks(page.body, '<img src=x');
        lacks(page.body, 'href="javascript:');
      }
      const revisions = await ctx.deps.db
        .selectFrom('item_revisions')
        .select('id')
        .where('item_id', '=', item.id)
        .orderBy('created_at', 'desc')
        .execute();
      const diff = await memberA.get(`${version(item.slug)}/revisions/${revisions[0]!.id}`);
      assert.equal(diff.statusCode, 200);
      lacks(diff.body, '<script>alert');
      lacks(diff.body, '<img src=x');
      has(diff.body, '&lt;script&gt;');
      has(diff.body, '<ins>');
    });

    it('shows a readable word diff between revisions and restores an earlier text', async () => {
      const item = await draftOfA({ body: 'The quick brown fox jumps.' });
      await submit(memberA, version(item.slug), version(item.slug), {
        title: item.title,
        summary: `Summary of ${item.title}.`,
        body: 'The quick red fox jumps.',
        note: 'Colour',
      });
      const list = await memberA.get(`${version(item.slug)}/revisions`);
      assert.equal(list.statusCode, 200);
      has(list.body, 'Colour');
      has(list.body, t('editorial.revisions.noteCreated'));
      const revisions = await ctx.deps.db
        .selectFrom('item_revisions')
        .select(['id', 'created_at'])
        .where('item_id', '=', item.id)
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute();
      assert.equal(revisions.length, 2);
      const [first, second] = revisions;
      assert.ok(first && second);
      const diff = await memberA.get(`${version(item.slug)}/revisions/${second.id}`);
      assert.equal(diff.statusCode, 200);
      assert.match(diff.body, /<del>brown<\/del>/);
      assert.match(diff.body, /<ins>red<\/ins>/);
      has(diff.body, t('editorial.diff.unchanged', { fields: 'Title, Summary' }));
      const againstCurrent = await memberA.get(`${version(item.slug)}/revisions/${first.id}?against=current`);
      assert.equal(againstCurrent.statusCode, 200);
      assert.match(againstCurrent.body, /<del>brown<\/del>/);
      has(againstCurrent.body, t('editorial.restore.button'));

      const restored = await submit(
        memberA,
        `${version(item.slug)}/revisions/${first.id}`,
        `${version(item.slug)}/revisions/${first.id}/restore`,
        {},
      );
      assert.equal(restored.statusCode, 303);
      const v = await findVersion(ctx.deps.db, item.id, 'en');
      assert.equal(v?.body, 'The quick brown fox jumps.');
      const after = await ctx.deps.db
        .selectFrom('item_revisions')
        .select('id')
        .where('item_id', '=', item.id)
        .execute();
      assert.equal(after.length, 3, 'restoring adds a revision');
      const listAfter = await memberA.get(`${version(item.slug)}/revisions`);
      assert.match(listAfter.body, /Restored the text of/);
      assert.equal((await memberA.get(`${version(item.slug)}/revisions/not-a-revision`)).statusCode, 404);
      assert.equal((await memberA.get(`${version(item.slug, 'nl')}/revisions/${first.id}`)).statusCode, 404);
    });

    it('saves the record form and sends it back on bad input', async () => {
      const other = await makeItem(ctx.deps, { organisationId: orgB.id });
      const item = await draftOfA({
        type: 'event',
        links: { organisations: [{ id: orgB.id, role: 'requester' }], related: [other.id] },
      });
      const ok = await submit(memberA, edit(item.slug), edit(item.slug), {
        originalLang: 'en',
        visibility: 'members',
        startsOn: '2026-05-01',
        endsOn: '2026-05-02',
        venue: 'Hall 1',
        city: 'Utrecht',
        countries: 'NL',
        org_host: orgB.id,
      });
      assert.equal(ok.statusCode, 303);
      const stored = await findItemBySlug(ctx.deps.db, item.slug);
      assert.equal(stored?.visibility, 'members');
      assert.equal(stored?.neutral.startsOn, '2026-05-01');
      assert.equal(stored?.organisationId, orgA.id);
      const links = await readLinks(ctx.deps.db, item.id);
      assert.deepEqual(links.related, [other.id], 'links the form does not show are kept');
      assert.ok(links.organisations.some((o) => o.id === orgB.id && o.role === 'requester'));
      assert.ok(links.organisations.some((o) => o.id === orgB.id && o.role === 'host'));
      assert.ok(links.organisations.some((o) => o.id === orgA.id && o.role === 'owner'));
      const bad = await submit(memberA, edit(item.slug), edit(item.slug), {
        originalLang: 'en',
        visibility: 'public',
        startsOn: 'soon',
        onlineUrl: 'data:text/html,hi',
        city: 'Kept city',
      });
      assert.equal(bad.statusCode, 400);
      has(bad.body, t('editorial.validation.date'));
      has(bad.body, t('editorial.validation.url'));
      has(bad.body, 'value="Kept city"');
      assert.equal(
        (await findItemBySlug(ctx.deps.db, item.slug))?.neutral.city,
        'Utrecht',
        'nothing is stored from a bad form',
      );
      const unknownRegion = await submit(memberA, edit(item.slug), edit(item.slug), {
        originalLang: 'en',
        visibility: 'public',
        regions: 'no-such-region',
      });
      assert.equal(unknownRegion.statusCode, 400);
    });

    it('answers an invalid workflow step with 409 and an unknown step with 400', async () => {
      const item = await draftOfA();
      const response = await workflow(editor, item.slug, 'return');
      assert.equal(response.statusCode, 409);
      has(
        response.body,
        t('editorial.conflict.transition', {
          language: 'English',
          state: 'Draft',
          action: 'Return to draft',
        }),
      );
      assert.equal((await workflow(editor, item.slug, 'explode')).statusCode, 400);
    });

    it('lets editors (not members) delete an item after confirming', async () => {
      const item = await draftOfA();
      assert.equal((await memberA.get(`${edit(item.slug)}/delete`)).statusCode, 403);
      await memberA.get(edit(item.slug));
      assert.equal(
        (await memberA.post(`${edit(item.slug)}/delete`, { _csrf: memberA.csrf() })).statusCode,
        403,
      );
      const confirm = await editor.get(`${edit(item.slug)}/delete`);
      assert.equal(confirm.statusCode, 200);
      has(confirm.body, t('editorial.delete.confirm'));
      const deleted = await editor.post(`${edit(item.slug)}/delete`, { _csrf: editor.csrf() });
      assert.equal(deleted.statusCode, 303);
      assert.equal((await editor.get(edit(item.slug))).statusCode, 404);
    });

    it('shows members their organisation’s items with each language’s state', async () => {
      const mine = await draftOfA({ title: unique('Mine') });
      const theirs = await makeItem(ctx.deps, {
        organisationId: orgB.id,
        publish: false,
        title: unique('Theirs'),
      });
      const page = await memberA.get('/en/editorial');
      assert.equal(page.statusCode, 200);
      has(page.body, mine.title);
      lacks(page.body, theirs.title);
      has(page.body, t('state.draft'));
      const search = await memberA.get(`/en/editorial?q=${encodeURIComponent(mine.title.slice(0, 10))}`);
      has(search.body, mine.title);
      const found = await editor.get(`/en/editorial?q=${encodeURIComponent(theirs.title)}`);
      has(found.body, theirs.title);
      const weird = await editor.get(`/en/editorial?q=${encodeURIComponent('%_\\\'"<x>')}&page=9999`);
      assert.equal(weird.statusCode, 200);
      assert.equal((await editor.get('/en/editorial?page=0')).statusCode, 400);
    });

    it('is in Dutch under /nl', async () => {
      const page = await memberA.get('/nl/editorial');
      assert.equal(page.statusCode, 200);
      has(page.body, escapeHtml(translator('nl').t('editorial.dashboard.title')));
    });
  });
}
