// JSON API v1, the directory side: organisations (filters, cursor pages, aliases, merges),
// countries with counts, coalition members, and events upcoming and past.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  addAlias,
  insertOrganisation,
  setOrganisationText,
  upsertMembership,
} from '../src/features/organisations/repository.ts';
import { mergeInto } from '../src/features/organisations/service.ts';
import { iso } from '../src/lib/clock.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { DIALECTS } from './helpers/databases.ts';
import { unique } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';

type Org = {
  slug: string;
  name: string;
  country: string | null;
  membership: { role: string; status: string } | null;
};

for (const dialect of DIALECTS) {
  describe(`API: organisations, countries, members and events on ${dialect}`, () => {
    let ctx: TestContext;
    const get = async (url: string) => ctx.app.inject({ method: 'GET', url });
    const orgIds = new Map<string, string>();

    async function org(
      slug: string,
      country: string,
      extra: { member?: boolean; aliases?: string[]; nl?: string } = {},
    ) {
      const id = ctx.deps.newId();
      const now = iso(ctx.deps.clock.now());
      await insertOrganisation(ctx.deps.db, {
        id,
        slug,
        name: `${slug} name`,
        shortName: null,
        kind: 'association',
        countryCode: country,
        website: 'https://example.org',
        now,
      });
      await setOrganisationText(ctx.deps.db, id, 'en', `About ${slug}.`);
      if (extra.nl) await setOrganisationText(ctx.deps.db, id, 'nl', extra.nl);
      for (const alias of extra.aliases ?? []) await addAlias(ctx.deps.db, ctx.deps.newId(), id, alias);
      if (extra.member)
        await upsertMembership(ctx.deps.db, {
          id: ctx.deps.newId(),
          organisationId: id,
          role: 'national_stem_platform',
          memberSince: '2016-01-01',
          status: 'active',
          now,
        });
      orgIds.set(slug, id);
      return id;
    }

    before(async () => {
      ctx = await createTestContext(dialect);
      await org('aa-platform', 'NL', { member: true, aliases: ['AAP', 'Platform A'], nl: 'Over AA.' });
      await org('bb-agency', 'NL');
      await org('cc-network', 'DK', { member: true });
      await org('dd-old-name', 'DK', { aliases: ['DDO'] });
      for (let i = 0; i < 7; i++) await org(`ee-filler-${i}`, 'BE');
      await ctx.deps.db
        .transaction()
        .execute((trx) =>
          mergeInto(
            trx,
            orgIds.get('dd-old-name')!,
            orgIds.get('cc-network')!,
            ctx.deps.newId,
            iso(ctx.deps.clock.now()),
          ),
        );
      await makeItem(ctx.deps, {
        title: 'Danish programme',
        organisationId: orgIds.get('cc-network')!,
        links: { countries: ['DK'] },
      });
      await makeItem(ctx.deps, {
        title: 'Hidden minutes',
        visibility: 'members',
        organisationId: orgIds.get('cc-network')!,
        links: { countries: ['DK'] },
      });
      await makeItem(ctx.deps, {
        type: 'event',
        title: 'Future summit',
        neutral: {
          startsOn: '2099-05-01',
          endsOn: '2099-05-02',
          venue: 'Hall A',
          city: 'Utrecht',
          registrationUrl: 'https://example.org/register',
          onlineUrl: 'https://example.org/live',
        },
        translations: { nl: { title: 'Toekomsttop' } },
      });
      await makeItem(ctx.deps, {
        type: 'meeting',
        title: 'Later meeting',
        neutral: { startsOn: '2099-09-01' },
      });
      await makeItem(ctx.deps, {
        type: 'event',
        title: 'Past forum',
        neutral: { startsOn: '2001-02-03', city: 'Brussels' },
      });
      await makeItem(ctx.deps, {
        type: 'meeting',
        title: 'Private meeting',
        visibility: 'members',
        neutral: { startsOn: '2099-06-01' },
      });
      await makeItem(ctx.deps, {
        type: 'news',
        title: 'Not an event',
        neutral: { publishedOn: '2099-01-01' },
      });
    });
    after(() => ctx.close());

    it('lists organisations with filters, leaving merged records out', async () => {
      const all = (await get('/api/v1/organisations?limit=200')).json<{
        items: Org[];
        total: number;
        nextCursor: string | null;
      }>();
      assert.equal(all.total, 10);
      assert.ok(!all.items.some((o) => o.slug === 'dd-old-name'));
      assert.equal(all.nextCursor, null);
      const nl = (await get('/api/v1/organisations?country=NL')).json<{ items: Org[] }>();
      assert.deepEqual(
        nl.items.map((o) => o.slug),
        ['aa-platform', 'bb-agency'],
      );
      const members = (await get('/api/v1/organisations?member=true')).json<{ items: Org[] }>();
      assert.deepEqual(
        members.items.map((o) => o.slug),
        ['aa-platform', 'cc-network'],
      );
      assert.equal(members.items[0]!.membership?.role, 'national_stem_platform');
      const refused = await get('/api/v1/organisations?country=Narnia');
      assert.equal(refused.statusCode, 400);
      assert.match(refused.json<{ error: { message: string } }>().error.message, /Narnia/);
    });

    it('pages through organisations with the cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Org[]; nextCursor: string | null; total: number } = (
          await get(`/api/v1/organisations?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        seen.push(...page.items.map((o) => o.slug));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(seen.length, 10);
      assert.equal(new Set(seen).size, 10);
      assert.deepEqual(seen, [...seen].sort());
      const bad = await get('/api/v1/organisations?cursor=%%%');
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json<{ error: { code: string } }>().error.code, 'invalid_cursor');
    });

    it('gives one organisation with aliases, descriptions and membership; 404 for unknown', async () => {
      const res = await get('/api/v1/organisations/aa-platform?locale=nl');
      assert.equal(res.statusCode, 200);
      const o = res.json<
        Org & { aliases: string[]; descriptions: Record<string, string>; url: string; itemCount: number }
      >();
      assert.deepEqual(o.aliases, ['AAP', 'Platform A']);
      assert.deepEqual(o.descriptions, { en: 'About aa-platform.', nl: 'Over AA.' });
      assert.equal(o.membership?.status, 'active');
      assert.equal(o.url, 'http://localhost:3000/nl/organisations/aa-platform');
      const cc = (await get('/api/v1/organisations/cc-network')).json<{
        aliases: string[];
        itemCount: number;
      }>();
      assert.ok(
        cc.aliases.includes('DDO') && cc.aliases.includes('dd-old-name name'),
        'the merged record’s names became aliases',
      );
      assert.equal(cc.itemCount, 1, 'members-only items are not counted');
      const missing = await get(`/api/v1/organisations/${unique('nope')}`);
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json<{ error: { code: string } }>().error.code, 'not_found');
    });

    it('redirects a merged organisation to the surviving record', async () => {
      const res = await get('/api/v1/organisations/dd-old-name');
      assert.equal(res.statusCode, 301);
      assert.equal(res.headers.location, '/api/v1/organisations/cc-network');
      assert.equal(
        (await get('/api/v1/organisations/dd-old-name?locale=nl')).headers.location,
        '/api/v1/organisations/cc-network?locale=nl',
      );
    });

    it('lists countries with names and counts of public items and members', async () => {
      const body = (await get('/api/v1/countries')).json<{
        items: {
          code: string;
          slug: string;
          names: { en: string; nl: string };
          counts: { items: number; members: number };
          url: string;
        }[];
        total: number;
      }>();
      assert.ok(body.total >= 32);
      const dk = body.items.find((c) => c.code === 'DK')!;
      assert.deepEqual(dk.names, { en: 'Denmark', nl: 'Denemarken' });
      assert.deepEqual(dk.counts, { items: 1, members: 1 });
      assert.equal(dk.url, `http://localhost:3000/en/countries/${dk.slug}`);
      assert.deepEqual(body.items.find((c) => c.code === 'NL')!.counts, { items: 0, members: 1 });
    });

    it('lists members with organisation and country', async () => {
      const body = (await get('/api/v1/members?locale=nl')).json<{
        items: {
          organisation: { slug: string; url: string };
          role: string;
          status: string;
          country: { code: string; names: { nl: string } } | null;
        }[];
        total: number;
      }>();
      assert.equal(body.total, 2);
      assert.deepEqual(
        body.items.map((m) => [m.organisation.slug, m.country?.code]),
        [
          ['cc-network', 'DK'],
          ['aa-platform', 'NL'],
        ],
      );
      assert.equal(body.items[0]!.organisation.url, 'http://localhost:3000/nl/organisations/cc-network');
      assert.equal((await get('/api/v1/members?country=NL')).json<{ total: number }>().total, 1);
      assert.equal((await get('/api/v1/members?status=former')).json<{ total: number }>().total, 0);
      assert.equal((await get('/api/v1/members?status=gone')).statusCode, 400);
    });

    it('lists upcoming events soonest first and past events latest first, public only', async () => {
      type Events = {
        items: {
          title: string;
          type: string;
          startsOn: string;
          endsOn: string | null;
          venue: string | null;
          city: string | null;
          url: string;
          onlineUrl: string | null;
          registrationUrl: string | null;
          language: string;
        }[];
        nextCursor: string | null;
        total: number;
      };
      const upcoming = (await get('/api/v1/events?locale=nl')).json<Events>();
      assert.deepEqual(
        upcoming.items.map((e) => e.title),
        ['Toekomsttop', 'Later meeting'],
      );
      const summit = upcoming.items[0]!;
      assert.deepEqual(
        [
          summit.type,
          summit.startsOn,
          summit.endsOn,
          summit.venue,
          summit.city,
          summit.onlineUrl,
          summit.registrationUrl,
        ],
        [
          'event',
          '2099-05-01',
          '2099-05-02',
          'Hall A',
          'Utrecht',
          'https://example.org/live',
          'https://example.org/register',
        ],
      );
      assert.match(summit.url, /^http:\/\/localhost:3000\/nl\/library\//);
      const past = (await get('/api/v1/events?when=past')).json<Events>();
      assert.deepEqual(
        past.items.map((e) => e.title),
        ['Past forum'],
      );
      const first = (await get('/api/v1/events?limit=1')).json<Events>();
      assert.equal(first.total, 2);
      assert.ok(first.nextCursor);
      const second = (await get(`/api/v1/events?limit=1&cursor=${first.nextCursor}`)).json<Events>();
      assert.deepEqual(
        second.items.map((e) => e.title),
        ['Later meeting'],
      );
      assert.equal(second.nextCursor, null);
      assert.equal((await get('/api/v1/events?when=someday')).statusCode, 400);
      assert.equal((await get('/api/v1/events?cursor=bogus')).statusCode, 400);
    });
  });
}
