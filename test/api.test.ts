// JSON API v1, the library side: /api/v1/items (filters, per-language fields, cursor pages),
// /api/v1/items/{slug} and the search API of DESIGN.md. Only published public items ever appear.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeOrganisation, makeUser } from './helpers/factories.ts';
import { makeItem, type MadeItem } from './helpers/items.ts';

interface Page {
  items: {
    slug: string;
    title: string;
    language: string;
    fallback: boolean;
    languages: string[];
    url: string;
    type: string;
    organisation: { slug: string } | null;
  }[];
  nextCursor: string | null;
  total: number;
}

const assertError = (body: unknown, code?: string) => {
  const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
  assert.ok(
    error && typeof error.code === 'string' && typeof error.message === 'string' && error.message.length > 0,
    `expected {"error":{"code","message"}}, got ${JSON.stringify(body)}`,
  );
  if (code) assert.equal(error.code, code);
  return error as { code: string; message: string };
};

for (const dialect of DIALECTS) {
  describe(`API: items and search on ${dialect}`, () => {
    let ctx: TestContext;
    let org: { id: string; slug: string; name: string };
    let bilingual: MadeItem;
    let dutchOnly: MadeItem;
    let membersOnly: MadeItem;
    let draft: MadeItem;
    const get = async (url: string) => ctx.app.inject({ method: 'GET', url });

    before(async () => {
      ctx = await createTestContext(dialect);
      org = await makeOrganisation(ctx.deps);
      bilingual = await makeItem(ctx.deps, {
        title: 'Technology Pact overview',
        summary: 'Agreement between government, education and industry.',
        body: 'The pact **aims** at more technicians in the labour market.',
        organisationId: org.id,
        neutral: { yearStart: 2013 },
        links: { countries: ['NL'], levels: ['secondary', 'vet'], themes: ['school_company'] },
        translations: {
          nl: {
            title: 'Techniekpact in het kort',
            summary: 'Afspraken tussen overheid, onderwijs en bedrijfsleven.',
          },
        },
      });
      dutchOnly = await makeItem(ctx.deps, {
        type: 'report',
        lang: 'nl',
        title: 'Monitor bètatechniek',
        neutral: { publishedOn: '2021-05-01' },
        links: { countries: ['NL'], themes: ['monitoring_data'] },
      });
      membersOnly = await makeItem(ctx.deps, {
        type: 'meeting',
        title: 'Confidential minutes zebrafinch',
        visibility: 'members',
        neutral: { startsOn: '2020-03-03' },
      });
      draft = await makeItem(ctx.deps, { title: 'Unpublished draft zebrafinch', publish: false });
      for (let i = 0; i < 23; i++) {
        await makeItem(ctx.deps, {
          type: i % 2 ? 'tool' : 'news',
          title: `Filler item ${i}`,
          neutral: { publishedOn: `2019-0${(i % 9) + 1}-1${i % 10}` },
          links: { countries: [i % 3 ? 'BE' : 'DK'] },
        });
      }
    });
    after(() => ctx.close());

    it('lists published public items newest first, with per-language fields', async () => {
      const res = await get('/api/v1/items?limit=100&locale=nl');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /application\/json/);
      const page = res.json<Page>();
      assert.equal(page.total, 25);
      assert.equal(page.items.length, 25);
      assert.equal(page.nextCursor, null);
      const pact = page.items.find((i) => i.slug === bilingual.slug)!;
      assert.equal(pact.title, 'Techniekpact in het kort');
      assert.equal(pact.language, 'nl');
      assert.equal(pact.fallback, false);
      assert.deepEqual(pact.languages, ['en', 'nl']);
      assert.equal(pact.url, `http://localhost:3000/nl/library/${bilingual.slug}`);
      assert.equal(pact.organisation?.slug, org.slug);
      const english = (await get('/api/v1/items?limit=100'))
        .json<Page>()
        .items.find((i) => i.slug === bilingual.slug)!;
      assert.equal(english.title, 'Technology Pact overview');
      const monitor = (await get('/api/v1/items?limit=100&locale=en'))
        .json<Page>()
        .items.find((i) => i.slug === dutchOnly.slug)!;
      assert.deepEqual([monitor.language, monitor.fallback], ['nl', true]);
    });

    it('filters like the library: OR within a filter, AND across filters', async () => {
      const slugs = async (query: string) =>
        (await get(`/api/v1/items?limit=100&${query}`))
          .json<Page>()
          .items.map((i) => i.slug)
          .sort();
      assert.deepEqual(await slugs('country=NL'), [bilingual.slug, dutchOnly.slug].sort());
      assert.deepEqual(await slugs('country=NL&type=report'), [dutchOnly.slug]);
      assert.deepEqual(
        await slugs('type=report&type=programme&country=NL'),
        [bilingual.slug, dutchOnly.slug].sort(),
      );
      assert.deepEqual(await slugs('level=vet'), [bilingual.slug]);
      assert.deepEqual(await slugs('theme=monitoring_data'), [dutchOnly.slug]);
      assert.deepEqual(await slugs(`organisation=${org.slug}`), [bilingual.slug]);
      assert.deepEqual(await slugs('year=2013'), [bilingual.slug]);
      assert.equal((await get('/api/v1/items?country=DK&limit=1')).json<Page>().total, 8);
      assert.deepEqual(await slugs('type=eu_project'), []);
    });

    it('walks every page with the cursor, without duplicates or gaps', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await get(
          `/api/v1/items?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        assert.equal(res.statusCode, 200);
        const page = res.json<Page>();
        assert.equal(page.total, 25);
        assert.ok(page.items.length <= 4);
        seen.push(...page.items.map((i) => i.slug));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      assert.equal(pages, 7);
      assert.equal(new Set(seen).size, 25);
      assert.equal(seen.length, 25);
      const all = (await get('/api/v1/items?limit=100')).json<Page>().items.map((i) => i.slug);
      assert.deepEqual(seen, all, 'pages follow the same order as one big page');
    });

    it('refuses an invalid cursor and bad parameters with a 400 JSON error', async () => {
      const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      for (const url of [
        '/api/v1/items?cursor=not-a-cursor',
        `/api/v1/items?cursor=${forged([1, 2, 3])}`,
        `/api/v1/items?cursor=${forged(['2020\u0000', 'x'])}`,
        `/api/v1/events?cursor=${forged(['2020-01-01', 'a\u0000'])}`,
      ]) {
        const res = await get(url);
        assert.equal(res.statusCode, 400, url);
        assert.match(assertError(res.json(), 'invalid_cursor').message, /cursor/);
      }
      for (const url of [
        '/api/v1/items?limit=0',
        '/api/v1/items?limit=101',
        '/api/v1/items?limit=abc',
        '/api/v1/items?year=soon',
        '/api/v1/items?tpye=tool',
      ]) {
        const res = await get(url);
        assert.equal(res.statusCode, 400, url);
        assertError(res.json());
      }
      assert.match(assertError((await get('/api/v1/items?tpye=tool')).json()).message, /tpye/);
    });

    it('refuses unknown filter values, naming each of them', async () => {
      const res = await get('/api/v1/items?type=tool&type=podcast&country=XX&level=kindergarten');
      assert.equal(res.statusCode, 400);
      const error = assertError(res.json(), 'unknown_filter_value');
      for (const value of ['podcast', 'XX', 'kindergarten'])
        assert.ok(error.message.includes(value), `${value} named in: ${error.message}`);
      assert.ok(!error.message.includes('“tool”'), 'known values are not listed as unknown');
      const org404 = await get('/api/v1/items?organisation=no-such-organisation');
      assert.equal(org404.statusCode, 400);
      assert.match(assertError(org404.json(), 'unknown_filter_value').message, /no-such-organisation/);
      const region = await get('/api/v1/items?region=atlantis');
      assert.match(assertError(region.json(), 'unknown_filter_value').message, /atlantis/);
    });

    it('returns the full public record of an item', async () => {
      const res = await get(`/api/v1/items/${bilingual.slug}?locale=nl`);
      assert.equal(res.statusCode, 200);
      const item = res.json<
        Record<string, unknown> & {
          versions: Record<string, { title: string; body: string }>;
          organisations: { slug: string; role: string }[];
          countries: { code: string; names: { nl: string } }[];
        }
      >();
      assert.equal(item.slug, bilingual.slug);
      assert.equal(item.type, 'programme');
      assert.equal(item.language, 'nl');
      assert.equal(item.url, `http://localhost:3000/nl/library/${bilingual.slug}`);
      assert.deepEqual(Object.keys(item.versions).sort(), ['en', 'nl']);
      assert.equal(item.versions.en!.body, 'The pact **aims** at more technicians in the labour market.');
      assert.deepEqual(item.organisations, [{ slug: org.slug, name: org.name, role: 'owner' }]);
      assert.deepEqual(
        item.countries.map((c) => [c.code, c.names.nl]),
        [['NL', 'Nederland']],
      );
      assert.deepEqual((item.levels as string[]).sort(), ['secondary', 'vet']);
      assert.deepEqual((item.neutral as { yearStart: number }).yearStart, 2013);
    });

    it('answers 404 as JSON for unknown, members-only and unpublished items', async () => {
      for (const slug of ['no-such-item', membersOnly.slug, draft.slug, '%F0%9F%A6%84', 'x'.repeat(90)]) {
        const res = await get(`/api/v1/items/${slug}`);
        assert.equal(res.statusCode, 404, slug);
        assertError(res.json(), 'not_found');
      }
      // Fastify refuses path parameters over its maxParamLength (100) before any route runs.
      const long = await get(`/api/v1/items/${'x'.repeat(300)}`);
      assert.ok(long.statusCode >= 400 && long.statusCode < 500, String(long.statusCode));
    });

    it('never shows members-only items, not even to a signed-in member', async () => {
      const member = await makeUser(ctx.deps, 'member', { organisationId: org.id });
      const client = new TestClient(ctx.app);
      await client.signIn(member.email, member.password);
      for (const url of [
        '/api/v1/items?limit=100',
        '/api/v1/items?type=meeting',
        '/api/v1/search?q=zebrafinch',
        '/api/v1/events?when=past',
        `/api/v1/items/${membersOnly.slug}`,
      ]) {
        const body = (await client.get(url)).body;
        assert.ok(!body.includes(membersOnly.slug), `${url} leaks the members-only item`);
        assert.ok(!body.includes('Confidential'), url);
      }
    });

    it('searches with the stable shape of DESIGN.md', async () => {
      const res = await get('/api/v1/search?q=techniekpact&locale=nl');
      assert.equal(res.statusCode, 200);
      const body = res.json<{ items: Record<string, unknown>[]; total: number }>();
      assert.deepEqual(Object.keys(body).sort(), ['items', 'total']);
      assert.equal(body.total, 1);
      assert.deepEqual(Object.keys(body.items[0]!).sort(), ['slug', 'snippet', 'title', 'type', 'url']);
      assert.deepEqual(body.items[0], {
        type: 'programme',
        slug: bilingual.slug,
        title: 'Techniekpact in het kort',
        url: `http://localhost:3000/nl/library/${bilingual.slug}`,
        snippet: 'Afspraken tussen overheid, onderwijs en bedrijfsleven.',
      });
      const english = (await get('/api/v1/search?q=technicians')).json<{
        items: { snippet: string; title: string }[];
      }>();
      assert.equal(english.items[0]?.title, 'Technology Pact overview');
      assert.match(english.items[0]!.snippet, /technicians/);
      assert.ok(!/[<>*]/.test(english.items[0]!.snippet), 'snippets are plain text');
      const accent = (await get('/api/v1/search?q=betatechniek')).json<{ items: { slug: string }[] }>();
      assert.deepEqual(
        accent.items.map((i) => i.slug),
        [dutchOnly.slug],
      );
    });

    it('answers odd and hostile search input with 200, never an error', async () => {
      const queries = [
        '',
        ' ',
        'c++ "x',
        '"',
        '*',
        'a AND OR NOT',
        '🦄🦄',
        "'; drop table items; --",
        '<script>alert(1)</script>',
        'x'.repeat(10_000),
        '%00',
        'NEAR(a b)',
        '(((',
      ];
      for (const q of queries) {
        const res = await get(`/api/v1/search?q=${encodeURIComponent(q)}&locale=nl`);
        assert.equal(res.statusCode, 200, `q=${q.slice(0, 30)}`);
        const body = res.json<{ items: unknown[]; total: number }>();
        assert.ok(Array.isArray(body.items) && typeof body.total === 'number');
      }
      assert.equal((await get('/api/v1/search')).json<{ total: number }>().total, 0);
      assert.equal((await get(`/api/v1/search?q=${'techniekpact '.repeat(100)}`)).statusCode, 200);
      assert.equal((await get('/api/v1/search?q=x&locale=fr')).statusCode, 400);
    });
  });
}
