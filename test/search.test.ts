// Search: across types and languages, one result per item, accent-insensitive, organisation
// aliases, highlighted and escaped snippets, facets on top, and every nasty input a 200.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deleteItem, transition } from '../src/features/items/service.ts';
import { addAlias } from '../src/features/organisations/repository.ts';
import { DIALECTS } from './helpers/databases.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { makeOrganisation, makeUser } from './helpers/factories.ts';
import { makeItem, type MadeItem } from './helpers/items.ts';

function resultSlugs(body: string): string[] {
  return [...body.matchAll(/<h3 class="result-title"><a href="\/\w+\/library\/([^"]+)"/g)].map((m) =>
    decodeURIComponent(m[1]!),
  );
}

const search = (ctx: TestContext, q: string, extra = '', locale = 'en') =>
  ctx.app.inject(`/${locale}/search?q=${encodeURIComponent(q)}${extra}`);

for (const dialect of DIALECTS) {
  describe(`search (${dialect})`, () => {
    let ctx: TestContext;
    const items: Record<string, MadeItem> = {};
    let org: { id: string; slug: string };

    before(async () => {
      ctx = await createTestContext(dialect);
      org = await makeOrganisation(ctx.deps, 'Platform Talent for Technology');
      // Aliases are indexed when an item is published, so they come first.
      await addAlias(ctx.deps.db, ctx.deps.newId(), org.id, 'PTvT');
      items.beta = await makeItem(ctx.deps, {
        type: 'tool',
        title: 'Bèta&TechMentality',
        summary: 'Five types of pupils and their attitude to technology.',
        body: 'The model describes how pupils relate to science.\n\nIt was developed with <em>teachers</em> in mind.',
        links: { countries: ['NL'] },
        translations: {
          nl: {
            title: 'Bèta&TechMentality',
            summary: 'Vijf typen leerlingen en hun houding tegenover techniek.',
            body: 'Het model beschrijft hoe leerlingen zich verhouden tot bèta.',
          },
        },
      });
      items.orgItem = await makeItem(ctx.deps, {
        type: 'programme',
        title: 'Regional partnerships',
        summary: 'Schools and firms together.',
        organisationId: org.id,
        links: { countries: ['NL'] },
      });
      items.body = await makeItem(ctx.deps, {
        type: 'report',
        title: 'Annual figures',
        summary: 'Numbers.',
        body: 'The report counts the xylophone players in every region.',
        links: { countries: ['BE'] },
      });
      items.nlOnly = await makeItem(ctx.deps, {
        type: 'news',
        lang: 'nl',
        title: 'Techniekpact verlengd',
        summary: 'Het Techniekpact loopt door tot 2030.',
        links: { countries: ['NL'] },
      });
      items.secret = await makeItem(ctx.deps, {
        type: 'meeting',
        title: 'Xylophone minutes',
        visibility: 'members',
        summary: 'Confidential xylophone talk.',
      });
      items.html = await makeItem(ctx.deps, {
        type: 'tool',
        title: 'Markup tool',
        summary: 'Use <b>bold</b> & "quotes" with quux words.',
      });
    });
    after(() => ctx.close());

    it('finds an item by a word in its body, with a highlighted snippet', async () => {
      const res = await search(ctx, 'xylophone');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(
        resultSlugs(res.body),
        [items.body!.slug],
        'members-only items stay hidden from visitors',
      );
      assert.match(res.body, /counts the <mark>xylophone<\/mark> players/);
      assert.match(res.body, /1 result for “xylophone”/);
    });

    it('is accent- and case-insensitive, both ways', async () => {
      for (const q of ['beta', 'BÈTA', 'Bèta', 'bêta']) {
        const res = await search(ctx, q);
        assert.deepEqual(resultSlugs(res.body), [items.beta!.slug], q);
      }
      const res = await search(ctx, 'Bèta');
      assert.match(res.body, /<mark>Bèta<\/mark>/);
    });

    it('gives one result per item, in the reader’s language where there is one', async () => {
      const en = await search(ctx, 'techmentality');
      assert.deepEqual(resultSlugs(en.body), [items.beta!.slug]);
      assert.match(en.body, /Five types of pupils/);
      const nl = await search(ctx, 'techmentality', '', 'nl');
      assert.deepEqual(resultSlugs(nl.body), [items.beta!.slug]);
      assert.match(nl.body, /Vijf typen leerlingen/);
    });

    it('finds text that exists only in another language, and says where the match is', async () => {
      const res = await search(ctx, 'techniekpact');
      assert.deepEqual(resultSlugs(res.body), [items.nlOnly!.slug]);
      assert.match(res.body, /<p class="result-summary" lang="nl">Het <mark>Techniekpact<\/mark>/);
      assert.match(res.body, /Shown in Dutch/);
      // "leerlingen" is in the Dutch version only; the English reader sees the English title with a Dutch snippet.
      const other = await search(ctx, 'leerlingen');
      assert.deepEqual(resultSlugs(other.body), [items.beta!.slug]);
      assert.match(other.body, /lang="nl">[^<]*<mark>leerlingen<\/mark>/);
      assert.match(other.body, /Match in the Dutch version/);
    });

    it('finds an item by an alias of its organisation', async () => {
      const res = await search(ctx, 'ptvt');
      assert.deepEqual(resultSlugs(res.body), [items.orgItem!.slug]);
      const byName = await search(ctx, 'talent technology');
      assert.deepEqual(resultSlugs(byName.body), [items.orgItem!.slug]);
    });

    it('combines with facets, counting within the matches', async () => {
      const all = await search(ctx, 'the');
      assert.ok(resultSlugs(all.body).length >= 2);
      const be = await search(ctx, 'the', '&country=BE');
      assert.deepEqual(resultSlugs(be.body), [items.body!.slug]);
      assert.match(be.body, /<input type="hidden" name="q" value="the">/);
      // Each facet counts the matches with every other facet applied: the country facet still
      // offers the Netherlands; the type facet counts only the Belgian match.
      assert.match(
        be.body,
        /id="f-country-nl"[^>]*>\s*<label for="f-country-nl">Netherlands <span class="facet-count">\(1\)/,
      );
      assert.match(be.body, /id="f-country-be"[^>]* checked>/);
      assert.match(be.body, /<label for="f-type-report">[^<]*<span class="facet-count">\(1\)/);
      assert.ok(!be.body.includes('id="f-type-tool"'), 'the Dutch tool is not counted under type');
      assert.ok(be.body.includes('href="/en/search?q=the"'), 'the chip keeps the query');
      assert.ok(be.body.includes('href="/en/library.csv?q=the&amp;country=BE"'));
      assert.equal((await search(ctx, 'the', '&country=BE&page=2')).statusCode, 404);
    });

    it('shows members-only matches to members', async () => {
      const member = await makeUser(ctx.deps, 'member');
      const client = new TestClient(ctx.app);
      await client.signIn(member.email, member.password);
      const res = await client.get('/en/search?q=xylophone');
      assert.deepEqual(resultSlugs(res.body).sort(), [items.body!.slug, items.secret!.slug].sort());
    });

    it('finds taskforce dossiers and links them to their own pages', async () => {
      const dossier = await makeItem(ctx.deps, {
        type: 'taskforce' as never,
        title: 'Zanzibar taskforce',
        summary: 'A dossier about zanzibar.',
      });
      const res = await search(ctx, 'zanzibar');
      assert.ok(
        res.body.includes(`<a href="/en/taskforces/${dossier.slug}">`),
        'the result links to the taskforce page',
      );
      assert.match(res.body, /Taskforce dossier/);
      const moved = await ctx.app.inject(`/en/library/${dossier.slug}`);
      assert.equal(moved.statusCode, 301);
      assert.equal(moved.headers.location, `/en/taskforces/${dossier.slug}`);
      assert.ok(
        !(await ctx.app.inject('/en/library')).body.includes('Zanzibar'),
        'the library lists knowledge items, not dossiers',
      );
    });

    it('escapes HTML in snippets', async () => {
      const res = await search(ctx, 'quux');
      assert.match(
        res.body,
        /Use &lt;b&gt;bold&lt;\/b&gt; &amp; &quot;quotes&quot; with <mark>quux<\/mark> words\./,
      );
    });

    it('ranks whole-word matches before words the query only begins', async () => {
      // Ranked together, the prefix match would win (the word in its title, three times, short text);
      // the whole word, once in a long body, must still come first.
      const longer = await makeItem(ctx.deps, {
        title: 'Quetzalcoatlus',
        summary: 'Quetzalcoatlus, quetzalcoatlus.',
        body: 'Wings.',
      });
      const whole = await makeItem(ctx.deps, {
        title: 'Birds in class',
        summary: 'Birds.',
        body: `${'A long lesson about birds and their habitats. '.repeat(20)}One of them is the quetzal.`,
      });
      const res = await search(ctx, 'quetzal');
      assert.deepEqual(resultSlugs(res.body), [whole.slug, longer.slug]);
      assert.deepEqual(
        resultSlugs((await search(ctx, 'quetza')).body).sort(),
        [whole.slug, longer.slug].sort(),
        'a word still being typed finds both',
      );
    });

    it('answers a repeated search from the current index: publishing, withdrawing and deleting show at once', async () => {
      assert.deepEqual(resultSlugs((await search(ctx, 'okapi')).body), []);
      const editor = await makeUser(ctx.deps, 'editor');
      const actor = { id: editor.id, role: 'editor' as const, organisationId: null };
      const item = await makeItem(ctx.deps, { title: 'Okapi field notes', actor });
      assert.deepEqual(resultSlugs((await search(ctx, 'okapi')).body), [item.slug], 'published: found');
      assert.ok((await transition(ctx.deps, actor, item.id, 'en', 'unpublish')).ok);
      assert.deepEqual(resultSlugs((await search(ctx, 'okapi')).body), [], 'withdrawn: gone');
      assert.ok((await transition(ctx.deps, actor, item.id, 'en', 'publish')).ok);
      assert.deepEqual(resultSlugs((await search(ctx, 'okapi')).body), [item.slug], 'published again: back');
      assert.ok((await deleteItem(ctx.deps, actor, item.id)).ok);
      assert.deepEqual(resultSlugs((await search(ctx, 'okapi')).body), [], 'deleted: gone');
      const api = await ctx.app.inject('/api/v1/search?q=okapi');
      assert.equal(api.json().total, 0, 'the search API agrees');
    });

    it('finds the same after the index is compacted (housekeeping)', async () => {
      const engine = ctx.deps.search;
      const query = { terms: ['the'], limit: 50 };
      const before = await engine.query(ctx.deps.db, query);
      assert.ok(before.length >= 2);
      await engine.compact(ctx.deps.db);
      await engine.compact(ctx.deps.db);
      assert.deepEqual(await engine.query(ctx.deps.db, query), before);
      assert.deepEqual(
        (await engine.query(ctx.deps.db, { terms: ['xylophone'], limit: 10 })).map((h) => h.itemId).sort(),
        [items.body!.id, items.secret!.id].sort(),
      );
    });

    const nasty: [string, RegExp][] = [
      ['c++ "x', /result|No results|Nothing found/],
      ['🎉🚀', /Type at least one letter or digit/],
      ['<script>alert(1)</script>', /Nothing found|result/],
      ["' OR 1=1 --", /Nothing found|result/],
      ['NEAR(a b)', /Nothing found|result/],
      ['title:foo', /Nothing found|result/],
      ['*', /Type at least one letter or digit/],
      ['"', /Type at least one letter or digit/],
      ['AND OR NOT', /Nothing found|result/],
      ['a'.repeat(10_000), /Nothing found/],
      [`${'beta '.repeat(2000)}`, /shortened|first 500 characters/],
      ['\u0000\u0001', /Type at least one letter or digit/],
      ['%', /Type at least one letter or digit/],
      ['   ', /Search programmes, policies/],
      ['', /Search programmes, policies/],
    ];
    for (const [q, expected] of nasty) {
      it(`answers ${JSON.stringify(q.slice(0, 30))}${q.length > 30 ? `… (${q.length} chars)` : ''} with 200 and a clear message`, async () => {
        const res = await search(ctx, q);
        assert.equal(res.statusCode, 200, res.body.slice(0, 300));
        assert.match(res.body, expected);
        assert.ok(!/<script>alert/.test(res.body));
      });
    }

    it('refuses only a query longer than 10,000 characters (400, not 500)', async () => {
      assert.equal((await search(ctx, 'b'.repeat(10_001))).statusCode, 400);
    });
  });
}
