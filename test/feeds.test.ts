// Atom feeds per language and sitemap.xml: well-formed, in the right language (with fallback
// marked by xml:lang), public content only, markup in titles inert, and hreflang alternates for
// every address in the sitemap.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock, MINUTE } from '../src/lib/clock.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeOrganisation } from './helpers/factories.ts';
import { makeItem, type MadeItem } from './helpers/items.ts';
import { sitemap, sitemapPart } from '../src/features/feeds/service-sitemap.ts';

/** A small structural check that the XML is well formed: every opened element is closed in order. */
function assertWellFormed(xml: string): void {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="'), 'XML declaration first');
  const body = xml.replace(/<\?xml[^>]*\?>/, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: string[] = [];
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name, `closing </${name}> matches its opening tag`);
    else stack.push(name!);
  }
  assert.deepEqual(stack, [], 'every element is closed');
  const stripped = body.replace(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g, '');
  assert.ok(!/[<>]/.test(stripped), 'no stray < or > outside tags');
  assert.ok(!/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(stripped), 'every & is an entity');
}

for (const dialect of DIALECTS) {
  describe(`feeds and sitemap on ${dialect}`, () => {
    let ctx: TestContext;
    let english: MadeItem;
    let bilingual: MadeItem;
    let hostile: MadeItem;
    let hidden: MadeItem;
    let org: { slug: string };
    const get = async (url: string) => ctx.app.inject({ method: 'GET', url });

    before(async () => {
      // A clock that moves a minute per publication, so "newest first" has one right answer.
      const clock = fixedClock(new Date('2025-01-01T09:00:00.000Z'));
      ctx = await createTestContext(dialect, { deps: { clock } });
      const make = async (overrides: Parameters<typeof makeItem>[1]) => {
        clock.advance(MINUTE);
        return makeItem(ctx.deps, overrides);
      };
      org = await makeOrganisation(ctx.deps, 'Feed Organisation & Partners');
      for (let i = 0; i < 52; i++)
        await make({
          type: 'news',
          title: `News ${i}`,
          organisationId: i === 51 ? (await makeOrganisation(ctx.deps, 'Ampersand & Co')).id : null,
        });
      english = await make({
        title: 'English only report',
        summary: 'Findings & figures',
        links: { countries: ['DK'] },
        organisationId: (await makeOrganisation(ctx.deps)).id,
      });
      bilingual = await make({
        title: 'Science week',
        translations: { nl: { title: 'Wetenschapsweek', summary: 'Een week vol wetenschap.' } },
      });
      hostile = await make({
        title: 'Evil <script>alert(1)</script> ]]> title',
        summary: '<img src=x onerror=alert(1)>',
      });
      hidden = await make({ title: 'Members only minutes', visibility: 'members' });
      await make({ title: 'Draft never shown', publish: false });
    });
    after(() => ctx.close());

    it('serves an Atom feed per language, the 50 newest publications first', async () => {
      for (const locale of ['en', 'nl']) {
        const res = await get(`/${locale}/feed.atom`);
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
        const xml = res.body;
        assertWellFormed(xml);
        assert.ok(xml.includes(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`));
        assert.equal((xml.match(/<entry[ >]/g) ?? []).length, 50);
        assert.ok(xml.includes(`<link rel="self" href="http://localhost:3000/${locale}/feed.atom"/>`));
        assert.ok(
          xml.indexOf('News 51') < xml.indexOf('News 50') && xml.indexOf('News 50') < xml.indexOf('News 5]'),
          'newest first',
        );
        assert.ok(!xml.includes('News 4]') && !xml.includes('News 0]'), 'only the 50 newest');
        const dates = [...xml.matchAll(/<entry[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
        assert.deepEqual(dates, [...dates].sort().reverse());
        assert.ok(xml.includes(`<id>http://localhost:3000/${locale}/library/${hostile.slug}</id>`));
        assert.ok(xml.includes(`<link href="http://localhost:3000/${locale}/library/${hostile.slug}"/>`));
        assert.match(xml, /<updated>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/updated>/);
      }
    });

    it('shows each entry in the feed’s language, falling back with the right xml:lang', async () => {
      const nl = (await get('/nl/feed.atom')).body;
      const en = (await get('/en/feed.atom')).body;
      assert.ok(nl.includes('Wetenschapsweek') && !nl.includes('Science week'));
      assert.ok(en.includes('Science week') && !en.includes('Wetenschapsweek'));
      const entryOf = (xml: string, slug: string) =>
        xml.split('<entry').find((e) => e.includes(`/library/${slug}<`))!;
      assert.match(entryOf(nl, bilingual.slug), /^ xml:lang="nl">/);
      assert.match(
        entryOf(nl, english.slug),
        /^ xml:lang="en">/,
        'fallback entries carry the language of their text',
      );
    });

    it('leaves members-only and unpublished items out and renders markup inert', async () => {
      for (const locale of ['en', 'nl']) {
        const xml = (await get(`/${locale}/feed.atom`)).body;
        assert.ok(
          !xml.includes(hidden.slug) && !xml.includes('Members only') && !xml.includes('Draft never'),
        );
        const withoutCdataMarkers = xml.replace(/<!\[CDATA\[|\]\]>/g, '');
        assert.ok(!/<script/i.test(withoutCdataMarkers), 'no unescaped <script');
        assert.ok(!/<img/i.test(withoutCdataMarkers), 'no unescaped <img');
        assert.ok(
          xml.includes('Evil &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; title'),
          'the title is shown as text',
        );
        assert.ok(xml.includes('<name>Ampersand &amp; Co</name>'), 'names are escaped once');
      }
    });

    it('lists every public page in every language with hreflang alternates', async () => {
      const res = await get('/sitemap.xml');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/xml/);
      const xml = res.body;
      assertWellFormed(xml);
      assert.ok(xml.includes('xmlns:xhtml="http://www.w3.org/1999/xhtml"'));
      const urls = xml.split('<url>').slice(1);
      assert.ok(urls.length > 0);
      for (const url of urls) {
        const loc = /<loc>([^<]+)<\/loc>/.exec(url)![1]!;
        for (const lang of ['en', 'nl', 'x-default'])
          assert.match(
            url,
            new RegExp(`<xhtml:link rel="alternate" hreflang="${lang}" href="http://localhost:3000/`),
            `${loc}: ${lang}`,
          );
        assert.ok(url.includes(`href="${loc}"`), `${loc} is among its own alternates`);
      }
      const locs = urls.map((u) => /<loc>([^<]+)<\/loc>/.exec(u)![1]!);
      for (const path of [
        '/en/',
        '/nl/',
        '/en/library',
        '/nl/members',
        '/en/events',
        '/nl/open-data',
        `/nl/library/${english.slug}`,
        `/en/organisations/${org.slug}`,
        '/en/countries/denmark',
      ]) {
        assert.ok(locs.includes(`http://localhost:3000${path}`), `${path} listed`);
      }
      assert.equal(new Set(locs).size, locs.length, 'no address twice');
      assert.ok(!xml.includes(hidden.slug) && !xml.includes('draft-never-shown'));
      assert.equal((await get('/sitemap-1.xml')).statusCode, 404, 'a small site has no sitemap parts');
      assert.equal((await get('/sitemap-abc.xml')).statusCode, 404);
    });

    it('splits a large sitemap into parts behind a sitemap index', async () => {
      const index = await sitemap(ctx.deps, ctx.app.site.sitemap, 10);
      assertWellFormed(index);
      const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      assert.ok(index.includes('<sitemapindex') && parts.length >= 2);
      assert.equal(parts[0], 'http://localhost:3000/sitemap-1.xml');
      let total = 0;
      for (let n = 1; n <= parts.length; n++) {
        const part = (await sitemapPart(ctx.deps, ctx.app.site.sitemap, n, 10))!;
        assertWellFormed(part);
        total += part.split('<url>').length - 1;
      }
      const whole = (await get('/sitemap.xml')).body.split('<url>').length - 1;
      assert.equal(total, whole, 'the parts together list every address once');
      assert.equal(await sitemapPart(ctx.deps, ctx.app.site.sitemap, parts.length + 1, 10), null);
    });
  });
}
