// Organisation pages: everything linked to an organisation by role and type (members-only items
// only for members), aliases, key facts without empty fields, the A–Z directory with its filters,
// the 301 of a merged record, and 404s for what does not exist.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translator } from '../src/i18n/index.ts';
import { mergeOrganisation } from '../src/features/organisations/service.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser } from './helpers/factories.ts';
import { makeItem, type MadeItem } from './helpers/items.ts';
import { makeOrg, type MadeOrg } from './helpers/organisations.ts';

const en = translator('en');

/** The <li class="linked-item"> block of one item title. */
function itemBlock(body: string, title: string): string {
  const at = body.indexOf(`>${title}</a>`);
  assert.ok(at >= 0, `${title} is listed`);
  const start = body.lastIndexOf('<li class="linked-item">', at);
  return body.slice(start, body.indexOf('</li>', at));
}

for (const dialect of DIALECTS) {
  describe(`organisation pages on ${dialect}`, () => {
    let ctx: TestContext;
    let org: MadeOrg;
    let other: MadeOrg;
    const items: Record<string, MadeItem> = {};

    before(async () => {
      ctx = await createTestContext(dialect);
      const deps = ctx.deps;
      org = await makeOrg(deps, {
        name: 'Platform Talent for Technology',
        shortName: 'PTvT',
        country: 'NL',
        region: 'utrecht',
        kind: 'association',
        website: 'https://ptvt.example.org/',
        aliases: ['PBT', 'Platform Bèta Techniek'],
        descriptions: { en: 'The Dutch national STEM platform.' },
        membership: { role: 'national_stem_platform', since: '2015-10-02' },
      });
      other = await makeOrg(deps, {
        name: 'Other Org <script>alert(1)</script>',
        country: 'DE',
        kind: 'ngo',
        website: 'javascript:alert(1)',
      });
      const link = (role: 'source' | 'host' | 'partner') => ({ organisations: [{ id: org.id, role }] });
      items.owned = await makeItem(deps, {
        type: 'programme',
        title: 'Owned programme',
        organisationId: org.id,
        neutral: { yearStart: 2019 },
      });
      items.sourced = await makeItem(deps, {
        type: 'report',
        title: 'Sourced report',
        organisationId: other.id,
        links: link('source'),
        neutral: { publishedOn: '2022-03-01' },
      });
      items.hosted = await makeItem(deps, {
        type: 'event',
        title: 'Hosted event',
        links: link('host'),
        neutral: { startsOn: '2024-05-02' },
      });
      items.partnered = await makeItem(deps, {
        type: 'eu_project',
        title: 'Partner project',
        links: link('partner'),
        neutral: { startsOn: '2020-01-01' },
      });
      items.older = await makeItem(deps, {
        type: 'report',
        title: 'Older report',
        links: link('source'),
        neutral: { publishedOn: '2018-01-01' },
      });
      items.minutes = await makeItem(deps, {
        type: 'meeting',
        title: 'Members-only minutes',
        visibility: 'members',
        links: link('host'),
        neutral: { startsOn: '2023-02-01' },
      });
      items.draft = await makeItem(deps, {
        type: 'news',
        title: 'Unpublished news',
        organisationId: org.id,
        publish: false,
      });
      items.unrelated = await makeItem(deps, {
        type: 'news',
        title: 'Unrelated news',
        organisationId: other.id,
      });
    });
    after(() => ctx.close());

    it('lists everything linked to the organisation, grouped by type, with the role of each link', async () => {
      const response = await ctx.app.inject(`/en/organisations/${org.slug}`);
      assert.equal(response.statusCode, 200);
      const body = response.body;
      assert.ok(itemBlock(body, 'Owned programme').includes(en.t('organisations.role.owner')));
      assert.ok(itemBlock(body, 'Sourced report').includes(en.t('organisations.role.source')));
      assert.ok(itemBlock(body, 'Hosted event').includes(en.t('organisations.role.host')));
      assert.ok(itemBlock(body, 'Partner project').includes(en.t('organisations.role.partner')));
      for (const type of ['programme', 'report', 'event', 'eu_project'] as const)
        assert.ok(
          body.includes(`<h3 id="linked-${type}">${en.t(`typePlural.${type}`)}`),
          `a section for ${type}`,
        );
      assert.ok(
        body.indexOf('>Sourced report</a>') < body.indexOf('>Older report</a>'),
        'newest first within a type',
      );
      assert.ok(body.includes(`href="/en/library/${items.owned!.slug}"`), 'items link to their pages');
      assert.ok(!body.includes('Unpublished news') && !body.includes('Unrelated news'));
      assert.ok(body.includes(en.t('organisations.linked.count', { count: 5 })));
    });

    it('hides members-only items from visitors and shows them to members', async () => {
      const visitor = await ctx.app.inject(`/en/organisations/${org.slug}`);
      assert.ok(!visitor.body.includes('Members-only minutes'));
      const member = await makeUser(ctx.deps, 'member', { organisationId: other.id });
      const client = new TestClient(ctx.app);
      await client.signIn(member.email, member.password);
      const signedIn = await client.get(`/en/organisations/${org.slug}`);
      assert.ok(
        itemBlock(signedIn.body, 'Members-only minutes').includes(en.t('organisations.items.membersOnly')),
      );
      assert.ok(
        !signedIn.body.includes(en.t('organisations.merge.link')),
        'a member is not offered the merge',
      );
    });

    it('shows the key facts that are filled, the aliases and the membership', async () => {
      const body = (await ctx.app.inject(`/en/organisations/${org.slug}`)).body;
      assert.ok(body.includes('<h1>Platform Talent for Technology</h1>'));
      assert.match(
        body,
        new RegExp(`<dt>${en.t('organisations.field.aliases')}</dt><dd>PBT, Platform Bèta Techniek</dd>`),
      );
      assert.match(
        body,
        /<dt>Country<\/dt><dd><a href="\/en\/countries\/netherlands">Netherlands<\/a><\/dd>/,
      );
      assert.ok(body.includes('<dd>Utrecht</dd>'));
      assert.ok(body.includes('href="https://ptvt.example.org/"'));
      assert.ok(body.includes(en.t('memberRole.national_stem_platform')) && body.includes('October 2, 2015'));
      assert.doesNotMatch(body, /<dd>\s*<\/dd>/);

      const otherBody = (await ctx.app.inject(`/en/organisations/${other.slug}`)).body;
      assert.ok(
        !otherBody.includes('<script>alert(1)</script>') && otherBody.includes('&lt;script&gt;'),
        'names are escaped',
      );
      assert.ok(!otherBody.includes('javascript:'), 'an unsafe website is not linked');
      assert.ok(
        !otherBody.includes(`<dt>${en.t('organisations.field.website')}</dt>`),
        'no label without a value',
      );
      assert.ok(
        !otherBody.includes(en.t('organisations.membership')),
        'no membership section for a non-member',
      );
    });

    it('answers 404 for an unknown organisation', async () => {
      for (const url of ['/en/organisations/no-such-organisation', '/en/organisations/%3Cscript%3E'])
        assert.equal((await ctx.app.inject(url)).statusCode, 404, url);
      // An over-long slug is refused by the schema (400); NUL is dropped from addresses (PostgreSQL refuses it in text).
      assert.equal((await ctx.app.inject(`/nl/organisations/${'x'.repeat(300)}`)).statusCode, 400);
      assert.equal((await ctx.app.inject('/en/organisations/a%00b')).statusCode, 404);
    });

    it('lists organisations A–Z, filtered by country and type; unknown filters are ignored', async () => {
      const all = await ctx.app.inject('/en/organisations');
      assert.equal(all.statusCode, 200);
      assert.ok(
        all.body.indexOf('>Other Org &lt;script&gt;') <
          all.body.indexOf('>Platform Talent for Technology</a>'),
      );
      const dutch = await ctx.app.inject('/en/organisations?country=NL');
      assert.ok(
        dutch.body.includes('>Platform Talent for Technology</a>') && !dutch.body.includes('Other Org'),
      );
      const ngos = await ctx.app.inject('/en/organisations?type=ngo');
      assert.ok(
        !ngos.body.includes('>Platform Talent for Technology</a>') && ngos.body.includes('Other Org'),
      );
      const none = await ctx.app.inject('/en/organisations?country=NL&type=ngo');
      assert.ok(none.body.includes(en.t('organisations.count', { count: 0 })));
      const unknown = await ctx.app.inject('/en/organisations?country=XX&type=%3Cb%3E');
      assert.equal(unknown.statusCode, 200);
      assert.ok(
        unknown.body.includes('>Platform Talent for Technology</a>') && !unknown.body.includes('<b>'),
      );
      assert.equal((await ctx.app.inject('/en/organisations?page=99')).statusCode, 404);
      assert.equal((await ctx.app.inject('/en/organisations?page=abc')).statusCode, 400);
    });

    it('sends the address of a merged organisation to the one that stayed (301)', async () => {
      const old = await makeOrg(ctx.deps, { name: 'Platform Beta Techniek', country: 'NL' });
      const editor = await makeUser(ctx.deps, 'editor');
      const merged = await mergeOrganisation(
        ctx.deps,
        { id: editor.id, role: 'editor', organisationId: null },
        old.slug,
        org.id,
      );
      assert.ok(merged.ok);
      for (const locale of ['en', 'nl']) {
        const response = await ctx.app.inject(`/${locale}/organisations/${old.slug}`);
        assert.equal(response.statusCode, 301);
        assert.equal(response.headers.location, `/${locale}/organisations/${org.slug}`);
      }
      const directory = await ctx.app.inject('/en/organisations');
      assert.ok(
        !directory.body.includes('>Platform Beta Techniek</a>'),
        'a merged record leaves the directory',
      );
    });
  });
}
