// The library listing: combinable facets with counts, URL state, unknown values, paging, members-only
// items, and script in any field rendered inert — on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DIALECTS } from './helpers/databases.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { makeOrganisation, makeUser } from './helpers/factories.ts';
import { makeItem, type MadeItem } from './helpers/items.ts';

/** Slugs of the result entries, in page order. */
export function resultSlugs(body: string): string[] {
  return [...body.matchAll(/<h3 class="result-title"><a href="\/\w+\/library\/([^"]+)"/g)].map((m) =>
    decodeURIComponent(m[1]!),
  );
}

/** The count shown beside a facet value, or null when the value is not offered. */
export function facetCount(body: string, facet: string, value: string): number | null {
  const id = `f-${facet}-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const m = new RegExp(`<label for="${id}">[^<]*<span class="facet-count">\\(([\\d,.]+)\\)</span>`).exec(
    body,
  );
  return m ? Number(m[1]!.replace(/[,.]/g, '')) : null;
}

for (const dialect of DIALECTS) {
  describe(`library listing (${dialect})`, () => {
    let ctx: TestContext;
    let orgA: { id: string; slug: string };
    let orgB: { id: string; slug: string };
    const items: Record<string, MadeItem> = {};

    before(async () => {
      ctx = await createTestContext(dialect);
      orgA = await makeOrganisation(ctx.deps, 'Alpha Platform');
      orgB = await makeOrganisation(ctx.deps, 'Beta Network');
      items.progNl = await makeItem(ctx.deps, {
        type: 'programme',
        title: 'Programme NL',
        organisationId: orgA.id,
        neutral: { yearStart: 2020 },
        links: { countries: ['NL'], levels: ['secondary'], themes: ['gender'] },
      });
      items.progBe = await makeItem(ctx.deps, {
        type: 'programme',
        title: 'Programme BE',
        organisationId: orgA.id,
        neutral: { yearStart: 2019 },
        links: { countries: ['BE'], levels: ['primary'] },
      });
      items.toolNl = await makeItem(ctx.deps, {
        type: 'tool',
        title: 'Tool NL',
        organisationId: orgB.id,
        neutral: { publishedOn: '2021-05-01' },
        links: { countries: ['NL'], themes: ['gender'] },
      });
      items.reportNl = await makeItem(ctx.deps, {
        type: 'report',
        title: 'Report NL',
        neutral: { publishedOn: '2020-03-01' },
        links: { countries: ['NL', 'BE'], regions: [] },
      });
      items.minutes = await makeItem(ctx.deps, {
        type: 'meeting',
        title: 'Minutes for members',
        visibility: 'members',
        neutral: { startsOn: '2022-01-10' },
        links: { countries: ['NL'] },
      });
      items.draft = await makeItem(ctx.deps, {
        type: 'tool',
        title: 'Unpublished draft',
        publish: false,
        links: { countries: ['NL'] },
      });
    });
    after(() => ctx.close());

    it('lists every public, published item newest first, with facet counts', async () => {
      const res = await ctx.app.inject('/en/library');
      assert.equal(res.statusCode, 200);
      // Dated items newest first; undated ones (programmes by start year) after them, newest record first.
      assert.deepEqual(resultSlugs(res.body), [
        items.toolNl!.slug,
        items.reportNl!.slug,
        items.progBe!.slug,
        items.progNl!.slug,
      ]);
      assert.equal(facetCount(res.body, 'type', 'programme'), 2);
      assert.equal(
        facetCount(res.body, 'type', 'meeting'),
        null,
        'members-only items are not counted for visitors',
      );
      assert.equal(facetCount(res.body, 'country', 'NL'), 3);
      assert.equal(facetCount(res.body, 'country', 'BE'), 2);
      assert.equal(facetCount(res.body, 'organisation', orgA.slug), 2);
      assert.equal(facetCount(res.body, 'year', '2020'), 2);
      assert.ok(!res.body.includes('Unpublished draft'));
      assert.match(res.body, /<script src="\/assets\/js\/library\.[0-9a-f]+\.js" defer><\/script>/);
    });

    it('combines two facets (AND across) and counts each facet with the others applied', async () => {
      const res = await ctx.app.inject('/en/library?type=programme&country=NL');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(resultSlugs(res.body), [items.progNl!.slug]);
      // Type counts apply the country filter only: programme 1 (NL), tool 1, report 1.
      assert.equal(facetCount(res.body, 'type', 'programme'), 1);
      assert.equal(facetCount(res.body, 'type', 'tool'), 1);
      assert.equal(facetCount(res.body, 'type', 'report'), 1);
      // Country counts apply the type filter only: both programmes.
      assert.equal(facetCount(res.body, 'country', 'NL'), 1);
      assert.equal(facetCount(res.body, 'country', 'BE'), 1);
      // Other facets apply both.
      assert.equal(facetCount(res.body, 'theme', 'gender'), 1);
      assert.equal(facetCount(res.body, 'level', 'primary'), null);
      assert.match(res.body, /id="f-type-programme" name="type" value="programme" checked/);
      assert.match(res.body, /1 item</);
    });

    it('ORs values within a facet', async () => {
      const res = await ctx.app.inject('/en/library?type=programme&type=tool');
      assert.deepEqual(
        resultSlugs(res.body).sort(),
        [items.progNl!.slug, items.progBe!.slug, items.toolNl!.slug].sort(),
      );
      const two = await ctx.app.inject('/en/library?type=programme&type=tool&country=NL&theme=gender');
      assert.deepEqual(resultSlugs(two.body).sort(), [items.progNl!.slug, items.toolNl!.slug].sort());
    });

    it('filters by organisation slug and year, and keeps every state in the links', async () => {
      const res = await ctx.app.inject(`/en/library?organisation=${orgA.slug}&year=2020`);
      assert.deepEqual(resultSlugs(res.body), [items.progNl!.slug]);
      // Each chip removes one value; the CSV link carries the filters.
      assert.ok(res.body.includes(`href="/en/library?year=2020"`), 'chip that removes the organisation');
      assert.ok(
        res.body.includes(`href="/en/library?organisation=${orgA.slug}"`),
        'chip that removes the year',
      );
      assert.ok(res.body.includes(`href="/en/library.csv?organisation=${orgA.slug}&amp;year=2020"`));
      assert.match(res.body, /Organisation: Alpha Platform/);
    });

    it('ignores unknown facet values instead of failing', async () => {
      const all = resultSlugs((await ctx.app.inject('/en/library')).body);
      const res = await ctx.app.inject(
        '/en/library?type=bogus&country=XX&country=nl&organisation=no-such-org&year=abcd&year=12345&level=zzz&theme=%3Cscript%3E&region=atlantis&utm_source=x',
      );
      assert.equal(res.statusCode, 200);
      // country=nl is normalised to NL; everything else names nothing and is dropped.
      assert.deepEqual(
        resultSlugs(res.body),
        all.filter((s) => s !== items.progBe!.slug),
      );
      for (const unknown of ['bogus', 'no-such-org', 'atlantis', '&lt;script', 'utm_source'])
        assert.ok(!res.body.includes(unknown), unknown);
      assert.match(
        res.body,
        /<link rel="canonical" href="http:\/\/localhost:3000\/en\/library\?country=NL">/,
      );
      assert.equal((res.body.match(/class="chip"/g) ?? []).length, 1, 'only the Netherlands chip');
    });

    it('shows a clear empty state when filters match nothing', async () => {
      const res = await ctx.app.inject('/en/library?type=programme&type=report&country=BE&theme=gender');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(resultSlugs(res.body), []);
      assert.match(res.body, /No items match these filters/);
      assert.match(
        res.body,
        /id="f-theme-gender" name="theme" value="gender" checked/,
        'a selected value stays offered even at zero',
      );
    });

    it('pages by 20; a page past the end is a 404 page and a bad page number a 400', async () => {
      assert.equal((await ctx.app.inject('/en/library?page=1')).statusCode, 200);
      const past = await ctx.app.inject('/en/library?page=2');
      assert.equal(past.statusCode, 404);
      assert.match(past.body, /<html lang="en"/);
      assert.equal((await ctx.app.inject('/nl/library?page=99')).statusCode, 404);
      for (const bad of ['0', '-1', 'abc', '10001', '1e99'])
        assert.equal((await ctx.app.inject(`/en/library?page=${bad}`)).statusCode, 400, bad);
    });

    it('shows members-only items to members and editors, not to visitors', async () => {
      const member = await makeUser(ctx.deps, 'member', { organisationId: orgA.id });
      const client = new TestClient(ctx.app);
      await client.signIn(member.email, member.password);
      const res = await client.get('/en/library?type=meeting');
      assert.deepEqual(resultSlugs(res.body), [items.minutes!.slug]);
      assert.match(res.body, /class="badge">Members only/);
      assert.deepEqual(resultSlugs((await ctx.app.inject('/en/library?type=meeting')).body), []);
    });

    it('renders the page in Dutch with Dutch labels and country names', async () => {
      const res = await ctx.app.inject('/nl/library');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Bibliotheek<\/h1>/);
      assert.match(res.body, /Nederland <span class="facet-count">/);
      assert.match(res.body, /Programma <span class="facet-count">/);
      assert.match(res.body, /Getoond in het Engels/, 'English-only items carry the fallback marker');
      assert.match(res.body, /<a href="\/nl\/library\/[^"]+" lang="en">/);
    });
  });

  describe(`library pages keep script inert (${dialect})`, () => {
    let ctx: TestContext;
    let item: MadeItem;
    const payloads = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "javascript:alert('x')",
      '<svg/onload=alert(1)>',
    ];

    before(async () => {
      ctx = await createTestContext(dialect);
      const org = await makeOrganisation(ctx.deps, '<b>Evil</b> org "x"');
      item = await makeItem(ctx.deps, {
        title: `Payload ${payloads[0]} ${payloads[1]}`,
        summary: `Summary ${payloads.join(' ')} searchable`,
        body: `Body ${payloads.join('\n\n')}\n\n[click](javascript:alert(1)) <iframe src="https://evil.example"></iframe> searchable`,
        organisationId: org.id,
        sourceNote: `Note ${payloads[0]}`,
        neutral: { externalUrl: "javascript:alert('x')" },
        fields: { objectives: payloads.join(' ') },
        links: { countries: ['NL'] },
      });
    });
    after(() => ctx.close());

    for (const url of [
      '/en/library',
      '/en/search?q=searchable',
      '/en/search?q=payload+script',
      'ITEM',
      '/nl/library',
    ]) {
      it(`nothing executable on ${url}`, async () => {
        const res = await ctx.app.inject(url === 'ITEM' ? `/en/library/${item.slug}` : url);
        assert.equal(res.statusCode, 200);
        const main = /<main[\s\S]*<\/main>/.exec(res.body)?.[0] ?? '';
        assert.ok(main.length > 0);
        assert.ok(
          !/<script(?![^>]*type="application\/ld\+json")/i.test(
            res.body.replace(/<script src="\/assets\/[^"]+" defer><\/script>/g, ''),
          ),
          'no script element from content',
        );
        assert.ok(!/<(img|svg|iframe)\b/i.test(main), 'no injected elements');
        assert.ok(!/<[a-z][^>]*\son\w+\s*=/i.test(main), 'no event-handler attributes');
        assert.ok(
          main.includes('&lt;script&gt;alert(1)&lt;/script&gt;') || main.includes('&lt;svg/onload'),
          'the payload is shown as text',
        );
        assert.ok(!/href="javascript:/i.test(main), 'no javascript: links');
      });
    }
  });
}
