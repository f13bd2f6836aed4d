// Country pages: the members of a country, its regions, everything linked to the country or to
// one of its regions (members-only items for members only), and the index with the same figures.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translator } from '../src/i18n/index.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';
import { makeOrg, type MadeOrg } from './helpers/organisations.ts';

const en = translator('en');

for (const dialect of DIALECTS) {
  describe(`country pages on ${dialect}`, () => {
    let ctx: TestContext;
    let member: MadeOrg;

    before(async () => {
      ctx = await createTestContext(dialect);
      const deps = ctx.deps;
      member = await makeOrg(deps, {
        name: 'Dutch Platform',
        country: 'NL',
        membership: { role: 'national_stem_platform' },
      });
      await makeOrg(deps, { name: 'Dutch Ministry', country: 'NL', kind: 'government' });
      await makeOrg(deps, {
        name: 'German Forum',
        country: 'DE',
        membership: { role: 'national_lead_partner' },
      });
      const regions = await deps.db.selectFrom('regions').select(['id', 'slug']).execute();
      const region = (slug: string) => regions.find((r) => r.slug === slug)!.id;
      await makeItem(deps, {
        type: 'programme',
        title: 'Country programme',
        links: { countries: ['NL'] },
        neutral: { yearStart: 2020 },
      });
      await makeItem(deps, {
        type: 'report',
        title: 'Regional report',
        links: { regions: [region('groningen')] },
        neutral: { publishedOn: '2023-01-05' },
      });
      await makeItem(deps, {
        type: 'report',
        title: 'Both report',
        links: { countries: ['NL'], regions: [region('utrecht')] },
        neutral: { publishedOn: '2021-01-05' },
      });
      await makeItem(deps, {
        type: 'meeting',
        title: 'Members-only minutes',
        visibility: 'members',
        links: { countries: ['NL'] },
        neutral: { startsOn: '2022-02-02' },
      });
      await makeItem(deps, {
        type: 'news',
        title: 'German news',
        links: { countries: ['DE'], regions: [region('north-rhine-westphalia')] },
      });
    });
    after(() => ctx.close());

    it('lists the members, the regions and the items linked to the country or one of its regions', async () => {
      const response = await ctx.app.inject('/en/countries/netherlands');
      assert.equal(response.statusCode, 200);
      const body = response.body;
      assert.ok(body.includes('<h1>Netherlands</h1>'));
      const members = body.slice(body.indexOf('id="country-members"'), body.indexOf('id="country-regions"'));
      assert.ok(
        members.includes(`href="/en/organisations/${member.slug}"`) &&
          members.includes(en.t('memberRole.national_stem_platform')),
      );
      assert.ok(
        !members.includes('Dutch Ministry'),
        'organisations that are not members are not listed as members',
      );
      assert.ok(body.includes('href="/en/library?region=groningen">Groningen</a>'), 'the regions are listed');
      for (const title of ['Country programme', 'Regional report', 'Both report'])
        assert.ok(body.includes(`>${title}</a>`), `${title} is listed`);
      assert.ok(body.indexOf('>Regional report</a>') < body.indexOf('>Both report</a>'), 'newest first');
      assert.ok(!body.includes('German news') && !body.includes('Members-only minutes'));
      assert.ok(
        body.includes(en.t('countries.linked.count', { count: 3, country: 'Netherlands' })),
        'an item linked twice counts once',
      );
      assert.ok(
        body.includes('href="/en/library?country=NL"'),
        'a link to the library filtered by the country',
      );
    });

    it('shows members-only items to members', async () => {
      const user = await makeUser(ctx.deps, 'member', { organisationId: member.id });
      const client = new TestClient(ctx.app);
      await client.signIn(user.email, user.password);
      assert.ok((await client.get('/en/countries/netherlands')).body.includes('>Members-only minutes</a>'));
    });

    it('says so when a country has no members or items, in Dutch too', async () => {
      const response = await ctx.app.inject('/nl/countries/iceland');
      assert.equal(response.statusCode, 200);
      const nl = translator('nl');
      assert.ok(response.body.includes('<h1>IJsland</h1>'));
      assert.ok(response.body.includes(nl.t('countries.members.none', { country: 'IJsland' })));
      assert.ok(response.body.includes(nl.t('countries.linked.none')));
      assert.ok(!response.body.includes('id="country-regions"'), 'no empty regions section');
    });

    it('lists every country in the index with its members and items', async () => {
      const response = await ctx.app.inject('/en/countries');
      assert.equal(response.statusCode, 200);
      const row = (name: string) =>
        new RegExp(`>${name}</a></th><td class="num">(\\d+)</td><td class="num">(\\d+)</td>`)
          .exec(response.body)
          ?.slice(1)
          .map(Number);
      assert.deepEqual(row('Netherlands'), [1, 3]);
      assert.deepEqual(row('Germany'), [1, 1]);
      assert.deepEqual(row('Iceland'), [0, 0]);
      assert.ok(
        response.body.lastIndexOf('>European Union</a>') > response.body.lastIndexOf('>United Kingdom</a>'),
        'the EU comes last',
      );
    });

    it('answers 404 for an unknown country and 400 for a slug no country can have', async () => {
      for (const url of ['/en/countries/atlantis', '/en/countries/NL'])
        assert.equal((await ctx.app.inject(url)).statusCode, 404, url);
      // PostgreSQL refuses NUL in text: the schema stops it before it reaches the database.
      for (const url of ['/nl/countries/%00', '/en/countries/a%0Ab'])
        assert.equal((await ctx.app.inject(url)).statusCode, 400, url);
    });
  });
}
