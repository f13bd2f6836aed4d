// The members directory: grouped by country in the reader's language (European partners last),
// role labels and no empty labelled fields, descriptions with a visible fallback, and the SVG map
// whose country links and accessible table carry the same counts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translator } from '../src/i18n/index.ts';
import { europeMap, MAP_HEIGHT, MAP_WIDTH } from '../src/web/map.ts';
import { COUNTRY_CODES } from '../src/features/reference/domain/vocabulary.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeOrg, type MadeOrg } from './helpers/organisations.ts';

const en = translator('en');
const nl = translator('nl');

/** The <li class="member"> block of one organisation. */
function memberBlock(body: string, name: string): string {
  const start = body.lastIndexOf('<li class="member">', body.indexOf(`>${name}</a>`));
  assert.ok(start >= 0, `${name} is listed`);
  return body.slice(start, body.indexOf('</li>', start));
}

function svgOf(body: string): string {
  const match = /<svg class="europe-map"[\s\S]*?<\/svg>/.exec(body);
  assert.ok(match, 'the page has the map');
  return match[0];
}

function h3Names(body: string): string[] {
  const directory = body.slice(body.indexOf('id="members-directory-heading"'));
  return [...directory.matchAll(/<h3 id="country-[a-z]+">(?:<a [^>]*>)?([^<]+)/g)].map((m) => m[1]!.trim());
}

describe('the map of Europe', () => {
  it('has a path for every European country of the reference data, inside the view, computed once', () => {
    const map = europeMap();
    assert.equal(europeMap(), map, 'the projected map is cached for the process');
    for (const code of COUNTRY_CODES.filter((c) => c !== 'EU'))
      assert.ok(map.shapes.get(code)?.d.startsWith('M'), `${code} is drawn`);
    for (const code of ['LU', 'MT', 'LI']) assert.ok(map.shapes.get(code)?.marker, `${code} gets a marker`);
    assert.equal(map.shapes.get('DE')?.marker, null);
    for (const { d } of map.shapes.values()) {
      const numbers = d.match(/-?\d+(\.\d+)?/g) ?? [];
      for (const n of numbers) assert.ok(!/\.\d{2,}/.test(n), `coordinates keep one decimal: ${n}`);
    }
    const xs = [...map.shapes.get('PT')!.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(
      (m) => [Number(m[1]), Number(m[2])] as const,
    );
    assert.ok(xs.every(([x, y]) => x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT));
    const size = [...map.shapes.values()].reduce((n, s) => n + s.d.length, map.otherLand.length);
    assert.ok(size < 90_000, `the map stays small: ${size} characters`);
  });
});

for (const dialect of DIALECTS) {
  describe(`members directory on ${dialect}`, () => {
    let ctx: TestContext;
    let zeta: MadeOrg;
    let alpha: MadeOrg;

    before(async () => {
      ctx = await createTestContext(dialect);
      zeta = await makeOrg(ctx.deps, {
        name: 'Zeta Platform',
        shortName: 'ZP',
        country: 'NL',
        region: 'utrecht',
        kind: 'association',
        membership: { role: 'national_stem_platform', since: '2015-10-02' },
        descriptions: { en: 'The Dutch platform.', nl: 'Het Nederlandse platform.' },
      });
      alpha = await makeOrg(ctx.deps, {
        name: 'Alpha Partner',
        country: 'NL',
        kind: 'ngo',
        membership: { role: 'associate_partner' },
        descriptions: { en: 'Only in English.' },
      });
      await makeOrg(ctx.deps, {
        name: 'Deutsches MINT Forum',
        country: 'DE',
        membership: { role: 'national_lead_partner', since: '2023-05-01' },
      });
      await makeOrg(ctx.deps, {
        name: 'Lux STEM',
        country: 'LU',
        kind: 'agency',
        membership: { role: 'national_stem_platform' },
      });
      await makeOrg(ctx.deps, {
        name: 'Euro Partner',
        country: 'EU',
        kind: 'association',
        membership: { role: 'european_partner' },
      });
      await makeOrg(ctx.deps, {
        name: 'Former Member',
        country: 'FR',
        membership: { role: 'associate_partner', status: 'former' },
      });
      await makeOrg(ctx.deps, { name: 'Not A Member', country: 'NL' });
    });
    after(() => ctx.close());

    it('groups active members by country, sorted by the localised name, European partners last', async () => {
      const english = await ctx.app.inject('/en/members');
      assert.equal(english.statusCode, 200);
      assert.deepEqual(h3Names(english.body), ['Germany', 'Luxembourg', 'Netherlands', 'European Union']);
      const dutch = await ctx.app.inject('/nl/members');
      assert.deepEqual(h3Names(dutch.body), ['Duitsland', 'Luxemburg', 'Nederland', 'Europese Unie']);
      assert.ok(
        english.body.indexOf('>Alpha Partner</a>') < english.body.indexOf('>Zeta Platform</a>'),
        'members are A–Z within a country',
      );
      assert.ok(
        !english.body.includes('Former Member') && !english.body.includes('Not A Member'),
        'only active members are listed',
      );
      assert.ok(
        english.body.includes(`href="/en/organisations/${zeta.slug}"`),
        'each member links to its organisation page',
      );
    });

    it('shows role, type, region and year of joining, and no empty labelled field', async () => {
      const body = (await ctx.app.inject('/en/members')).body;
      const z = memberBlock(body, 'Zeta Platform');
      for (const text of [
        en.t('memberRole.national_stem_platform'),
        en.t('orgKind.association'),
        'Utrecht',
        '<dd>2015</dd>',
        '(ZP)',
        'The Dutch platform.',
      ])
        assert.ok(z.includes(text), `Zeta shows ${text}`);
      const a = memberBlock(body, 'Alpha Partner');
      assert.ok(a.includes(en.t('memberRole.associate_partner')));
      assert.ok(
        !a.includes(en.t('members.field.since')) && !a.includes(en.t('members.field.region')),
        'no label without a value',
      );
      assert.doesNotMatch(body, /<dd>\s*<\/dd>/);
      assert.ok(memberBlock(body, 'Euro Partner').includes(en.t('memberRole.european_partner')));
    });

    it('shows a description in another language with a notice and its lang attribute', async () => {
      const body = (await ctx.app.inject('/nl/members')).body;
      const a = memberBlock(body, 'Alpha Partner');
      assert.ok(a.includes(nl.t('organisations.fallback', { language: 'Nederlands', shown: 'Engels' })));
      assert.match(a, /<div lang="en"><p>Only in English\.<\/p><\/div>/);
      const z = memberBlock(body, 'Zeta Platform');
      assert.ok(z.includes('Het Nederlandse platform.') && !z.includes('lang="en"'));
      assert.ok(alpha.slug);
    });

    it('draws each member country as a named link on the map, and the table has the same counts', async () => {
      const body = (await ctx.app.inject('/en/members')).body;
      const svg = svgOf(body);
      assert.match(
        svg,
        /^<svg class="europe-map" viewBox="0 0 \d+ \d+" role="group" aria-labelledby="members-map-title" aria-describedby="members-map-desc">/,
      );
      assert.match(
        svg,
        /<title id="members-map-title">[^<]+<\/title>\s*<desc id="members-map-desc">[^<]+<\/desc>/,
      );
      const links = [
        ...svg.matchAll(
          /<a href="\/en\/countries\/([a-z-]+)" aria-label="([^"]+)" class="map-member"><title>([^<]+)<\/title><path d="M[^"]+"\/>(<circle[^>]*>)?<\/a>/g,
        ),
      ];
      const onMap = new Map(links.map((m) => [m[1]!, { label: m[2]!, title: m[3]!, marker: !!m[4] }]));
      assert.equal(
        links.length,
        (svg.match(/<a /g) ?? []).length,
        'every link on the map has a path and a title',
      );
      assert.deepEqual([...onMap.keys()].sort(), ['germany', 'luxembourg', 'netherlands']);
      assert.equal(
        onMap.get('netherlands')?.label,
        en.t('members.map.countryLabel', { country: 'Netherlands', count: 2 }),
      );
      assert.equal(onMap.get('netherlands')?.label, 'Netherlands — 2 members');
      assert.equal(onMap.get('germany')?.title, 'Germany — 1 member');
      assert.ok(onMap.get('luxembourg')?.marker, 'a small country gets a marker');

      const table = body.slice(
        body.indexOf('<table class="members-table">'),
        body.indexOf('</table>', body.indexOf('<table class="members-table">')),
      );
      const rows = new Map(
        [
          ...table.matchAll(
            /<th scope="row"><a href="\/en\/countries\/([a-z-]+)">[^<]+<\/a><\/th><td class="num">(\d+)<\/td>/g,
          ),
        ].map((m) => [m[1]!, Number(m[2])]),
      );
      assert.deepEqual(Object.fromEntries(rows), {
        germany: 1,
        luxembourg: 1,
        netherlands: 2,
        'european-union': 1,
      });
      for (const [slug, count] of rows)
        if (onMap.has(slug))
          assert.ok(onMap.get(slug)!.label.includes(`${count} member`), `${slug}: map and table agree`);
      assert.match(table, /<tfoot><tr><th scope="row">Total<\/th><td class="num">5<\/td>/);
    });

    it('follows a map link to the country page', async () => {
      const response = await ctx.app.inject('/en/countries/netherlands');
      assert.equal(response.statusCode, 200);
      assert.ok(response.body.includes('>Zeta Platform</a>') && response.body.includes('>Alpha Partner</a>'));
    });
  });
}
