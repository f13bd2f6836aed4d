// Merging two organisation records: editors and admins only (visitors are sent to sign in or get
// 401, members get 403), every link survives, the old names become aliases, the search index
// learns them, the audit log records it and the old address answers 301.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translator } from '../src/i18n/index.ts';
import { escapeHtml } from '../src/web/html.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser } from './helpers/factories.ts';
import { makeItem, type MadeItem } from './helpers/items.ts';
import { makeOrg, type MadeOrg } from './helpers/organisations.ts';

const en = translator('en');

for (const dialect of DIALECTS) {
  describe(`merging organisations on ${dialect}`, () => {
    let ctx: TestContext;
    let from: MadeOrg;
    let into: MadeOrg;
    const items: Record<string, MadeItem> = {};
    const mergeUrl = () => `/en/organisations/${from.slug}/merge`;

    const links = async (organisationId: string) =>
      (
        await ctx.deps.db
          .selectFrom('item_organisations')
          .select(['item_id', 'role'])
          .where('organisation_id', '=', organisationId)
          .execute()
      )
        .map((r) => `${r.item_id}|${r.role}`)
        .sort();

    before(async () => {
      ctx = await createTestContext(dialect);
      const deps = ctx.deps;
      from = await makeOrg(deps, {
        name: 'Nasjonalt senter for realfagsrekruttering',
        shortName: 'NSR',
        aliases: ['NCR'],
        country: 'NO',
        descriptions: { nb: 'Norsk tekst.' },
        membership: { role: 'national_stem_platform', since: '2016-01-01' },
      });
      into = await makeOrg(deps, {
        name: 'Norwegian Centre for Science Recruitment',
        shortName: 'NCSR',
        country: 'NO',
        descriptions: { en: 'English text.' },
      });
      items.owned = await makeItem(deps, { type: 'programme', title: 'ENT3R', organisationId: from.id });
      items.sourced = await makeItem(deps, {
        type: 'report',
        title: 'Recruitment report',
        links: { organisations: [{ id: from.id, role: 'source' }] },
      });
      items.both = await makeItem(deps, {
        type: 'event',
        title: 'Nordic meeting',
        links: {
          organisations: [
            { id: from.id, role: 'host' },
            { id: into.id, role: 'partner' },
          ],
        },
      });
      items.same = await makeItem(deps, {
        type: 'eu_project',
        title: 'Nordic project',
        links: {
          organisations: [
            { id: from.id, role: 'partner' },
            { id: into.id, role: 'partner' },
          ],
        },
      });
      items.survivor = await makeItem(deps, {
        type: 'tool',
        title: 'Role model portal',
        organisationId: into.id,
      });
      items.draft = await makeItem(deps, {
        type: 'news',
        title: 'Draft news',
        organisationId: from.id,
        publish: false,
      });
    });
    after(() => ctx.close());

    it('sends a visitor to sign in, and refuses a visitor’s POST with 401', async () => {
      const visitor = new TestClient(ctx.app);
      const page = await visitor.get(mergeUrl());
      assert.equal(page.statusCode, 303);
      assert.equal(page.headers.location, `/en/sign-in?next=${encodeURIComponent(mergeUrl())}`);
      await visitor.get('/en/sign-in');
      const post = await visitor.post(mergeUrl(), { _csrf: visitor.csrf(), into: into.id, confirm: 'yes' });
      assert.equal(post.statusCode, 401);
      assert.equal(
        (
          await ctx.deps.db
            .selectFrom('organisations')
            .select('merged_into_id')
            .where('id', '=', from.id)
            .executeTakeFirstOrThrow()
        ).merged_into_id,
        null,
      );
    });

    it('refuses a member with 403 and changes nothing', async () => {
      const member = await makeUser(ctx.deps, 'member', { organisationId: from.id });
      const client = new TestClient(ctx.app);
      await client.signIn(member.email, member.password);
      assert.equal((await client.get(mergeUrl())).statusCode, 403);
      await client.get(`/en/organisations/${from.slug}`);
      assert.ok(!client.lastBody.includes(mergePathText()), 'no merge button for a member');
      const post = await client.post(mergeUrl(), { _csrf: client.csrf(), into: into.id, confirm: 'yes' });
      assert.equal(post.statusCode, 403);
      assert.equal((await links(from.id)).length, 5);
    });

    it('gives an editor the form back with a message when the merge is not confirmed or the target is wrong', async () => {
      const editor = await makeUser(ctx.deps, 'editor');
      const client = new TestClient(ctx.app);
      await client.signIn(editor.email, editor.password);
      const form = await client.get(mergeUrl());
      assert.equal(form.statusCode, 200);
      assert.ok(
        form.body.includes(`<option value="${into.id}">`) &&
          !form.body.includes(`<option value="${from.id}">`),
        'the organisation cannot be merged into itself',
      );
      assert.ok(form.body.includes(en.t('organisations.merge.links', { count: 5 })));
      const unconfirmed = await client.post(mergeUrl(), { _csrf: client.csrf(), into: into.id });
      assert.equal(unconfirmed.statusCode, 400);
      assert.ok(unconfirmed.body.includes(en.t('organisations.merge.confirmRequired')));
      assert.ok(unconfirmed.body.includes(`<option value="${into.id}" selected>`), 'the choice is kept');
      // (A NUL byte in a body is refused before any route, see bad-input.test.ts.)
      for (const target of [from.id, 'no-such-id', '']) {
        const refused = await client.post(mergeUrl(), { _csrf: client.csrf(), into: target, confirm: 'yes' });
        assert.equal(refused.statusCode, 400, `into=${target}`);
        assert.ok(refused.body.includes(escapeHtml(en.t('organisations.merge.chooseRequired'))));
      }
      assert.equal((await links(from.id)).length, 5, 'nothing moved');
    });

    it('merges for an editor: every link moves, names become aliases, search and audit follow, the old URL redirects', async () => {
      const expected = new Set([...(await links(from.id)), ...(await links(into.id))]);
      const rowsBefore = (await links(from.id)).length + (await links(into.id)).length;

      const editor = await makeUser(ctx.deps, 'editor');
      const client = new TestClient(ctx.app);
      await client.signIn(editor.email, editor.password);
      const response = await client.submit(mergeUrl(), mergeUrl(), { into: into.id, confirm: 'yes' });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `/en/organisations/${into.slug}`);

      assert.deepEqual(await links(from.id), [], 'nothing points to the old record');
      const after = await links(into.id);
      assert.deepEqual(new Set(after), expected, 'every (item, role) link is kept on the survivor');
      assert.equal(
        after.length,
        rowsBefore - 1,
        'only the duplicate partner link of the shared item collapsed',
      );
      const owned = await ctx.deps.db
        .selectFrom('items')
        .select('organisation_id')
        .where('id', '=', items.owned!.id)
        .executeTakeFirstOrThrow();
      assert.equal(owned.organisation_id, into.id);

      const page = await client.get(`/en/organisations/${into.slug}`);
      assert.ok(
        page.body.includes(en.t('organisations.merge.done', { name: into.name })),
        'the editor is told it worked',
      );
      for (const alias of ['Nasjonalt senter for realfagsrekruttering', 'NSR', 'NCR'])
        assert.ok(page.body.includes(alias), `alias ${alias} shown`);
      for (const title of [
        'ENT3R',
        'Recruitment report',
        'Nordic meeting',
        'Nordic project',
        'Role model portal',
      ])
        assert.ok(page.body.includes(`>${title}</a>`), `${title} listed`);
      const texts = await ctx.deps.db
        .selectFrom('organisation_texts')
        .select('lang')
        .where('organisation_id', '=', into.id)
        .orderBy('lang')
        .execute();
      assert.deepEqual(
        texts.map((t) => t.lang),
        ['en', 'nb'],
        'the description in another language moves too',
      );

      const redirect = await ctx.app.inject(`/nl/organisations/${from.slug}`);
      assert.equal(redirect.statusCode, 301);
      assert.equal(redirect.headers.location, `/nl/organisations/${into.slug}`);

      const hits = await ctx.deps.search.query(ctx.deps.db, {
        terms: ['realfagsrekruttering'],
        limit: 20,
      });
      const found = new Set(hits.map((h) => h.itemId));
      assert.ok(found.has(items.survivor!.id), 'an item of the survivor is found by the old name');
      assert.ok(found.has(items.owned!.id));

      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'organisation.merged')
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.actor_id, editor.id);
      assert.equal(audit[0]!.subject_id, from.id);

      assert.equal((await client.get(mergeUrl())).statusCode, 404, 'a merged record cannot be merged again');
    });

    it('lets an admin open the merge page', async () => {
      const admin = await makeUser(ctx.deps, 'admin');
      const client = new TestClient(ctx.app);
      await client.signIn(admin.email, admin.password);
      assert.equal((await client.get(`/en/organisations/${into.slug}/merge`)).statusCode, 200);
      assert.ok((await client.get(`/en/organisations/${into.slug}`)).body.includes(mergePathText()));
    });
  });
}

function mergePathText(): string {
  return en.t('organisations.merge.link');
}
