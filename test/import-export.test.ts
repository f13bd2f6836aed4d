// Export and import of the library: the editor's export imported into an EMPTY database exports
// again identically; visitors' exports hold public live data only; a malformed import names the
// line and field of every problem and writes nothing; only editors may import (with CSRF).
// Taskforce dossiers travel with their details and timeline, and visitors see only their part.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import jsonMap from 'json-source-map';
import type { LightMyRequestResponse } from 'fastify';
import { saveVersion, transition } from '../src/features/items/service.ts';
import {
  addAlias,
  insertOrganisation,
  setOrganisationText,
  updateOrganisationFields,
  upsertMembership,
} from '../src/features/organisations/repository.ts';
import type { Actor } from '../src/features/items/policy.ts';
import { findDetails, listEntries, setStatusChangedAt } from '../src/features/taskforces/repository.ts';
import {
  addMilestone,
  addTimelineItem,
  createDossier,
  updateDetails,
  type DossierInput,
} from '../src/features/taskforces/service.ts';
import { iso } from '../src/lib/clock.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';

type Doc = {
  format: string;
  version: number;
  exportedAt?: string;
  organisations: Record<string, unknown>[];
  items: (Record<string, unknown> & {
    slug: string;
    type: string;
    versions: Record<string, Record<string, unknown>>;
  })[];
};
type Refused = {
  error: {
    code: string;
    message: string;
    problems: { line: number; column: number; path: string; field: string; message: string }[];
  };
};

const withoutDate = (doc: Doc) => ({ ...doc, exportedAt: undefined });

async function editorClient(
  ctx: TestContext,
  role: 'editor' | 'admin' | 'member' = 'editor',
  organisationId?: string,
): Promise<TestClient> {
  const user = await makeUser(ctx.deps, role, organisationId ? { organisationId } : {});
  const client = new TestClient(ctx.app);
  assert.equal((await client.signIn(user.email, user.password)).statusCode, 303);
  return client;
}

/** POST JSON as this client (its cookies), with its CSRF token unless told otherwise. */
async function postJson(
  client: TestClient,
  url: string,
  payload: string,
  csrf = true,
): Promise<LightMyRequestResponse> {
  // Signed in, every page carries the token (the sign-out form); visitors find it on the sign-in page.
  await client.get('/en/open-data');
  if (!client.lastBody.includes('name="_csrf"')) await client.get('/en/sign-in');
  const token = client.csrf();
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return client.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { cookie, 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': token } : {}) },
  });
}

async function rowCounts(ctx: TestContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    'items',
    'item_versions',
    'item_revisions',
    'organisations',
    'organisation_aliases',
    'item_organisations',
    'item_search',
  ] as const) {
    const row = await ctx.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  // Sign-ins are audited too; only import entries matter here.
  out.imports = (
    await ctx.deps.db.selectFrom('audit_log').select('id').where('action', '=', 'library.imported').execute()
  ).length;
  return out;
}

for (const dialect of DIALECTS) {
  describe(`export and import on ${dialect}`, () => {
    let source: TestContext;
    let target: TestContext;
    let exported: Doc;
    let text: string;

    before(async () => {
      source = await createTestContext(dialect);
      target = await createTestContext(dialect);
      const db = source.deps.db;
      const now = iso(source.deps.clock.now());
      const regions = new Map(
        (await db.selectFrom('regions').select(['id', 'slug']).execute()).map((r) => [r.slug, r.id]),
      );
      const platform = source.deps.newId();
      await insertOrganisation(db, {
        id: platform,
        slug: 'platform-techniek',
        name: 'Platform Bèta Techniek',
        shortName: 'PBT',
        kind: 'association',
        countryCode: 'NL',
        website: 'https://example.org',
        regionId: regions.get('utrecht')!,
        now,
      });
      await updateOrganisationFields(
        db,
        platform,
        {
          name: 'Platform Bèta Techniek',
          shortName: 'PBT',
          kind: 'association',
          countryCode: 'NL',
          regionId: regions.get('utrecht')!,
          website: 'https://example.org',
          logoUrl: 'https://example.org/logo.svg',
        },
        now,
      );
      await setOrganisationText(db, platform, 'en', 'The Dutch national STEM platform.');
      await setOrganisationText(db, platform, 'nl', 'Het nationale bètatechniekplatform.');
      for (const alias of ['PTvT', 'Platform Talent voor Technologie'])
        await addAlias(db, source.deps.newId(), platform, alias);
      await upsertMembership(db, {
        id: source.deps.newId(),
        organisationId: platform,
        role: 'national_stem_platform',
        memberSince: '2014-06-01',
        status: 'active',
        now,
      });
      const partner = source.deps.newId();
      await insertOrganisation(db, {
        id: partner,
        slug: 'basque-partner',
        name: 'Basque Partner',
        shortName: null,
        kind: 'agency',
        countryCode: 'ES',
        website: null,
        now,
      });

      const report = await makeItem(source.deps, {
        type: 'report',
        title: 'Monitor 2021',
        neutral: { publishedOn: '2021-03-01', externalUrl: 'https://example.org/monitor.pdf' },
        fields: { findings: 'More girls choose technology.' },
        links: { countries: ['NL'], themes: ['gender', 'monitoring_data'] },
      });
      await makeItem(source.deps, {
        slug: 'jet-net-technet',
        title: 'Jet-Net & TechNet',
        summary: 'School–company partnerships.',
        body: '## Aim\n\nMore pupils in **STEM**.\n\n- guest lessons\n- company visits',
        fields: { objectives: 'Strengthen the link', impact: 'Thousands of pupils' },
        organisationId: platform,
        neutral: { yearStart: 2002 },
        sourceNote: 'Figures from the 2019 annual report.',
        links: {
          organisations: [{ id: partner, role: 'partner' }],
          countries: ['NL', 'ES'],
          regions: [regions.get('basque-country')!, regions.get('utrecht')!],
          levels: ['secondary', 'vet'],
          themes: ['school_company'],
          related: [report.id],
        },
        translations: {
          nl: {
            title: 'Jet-Net & TechNet (NL)',
            summary: 'Partnerschappen van scholen en bedrijven.',
            body: 'Meer leerlingen in bètatechniek.',
            fields: { objectives: 'De band versterken' },
          },
        },
      });
      await makeItem(source.deps, { title: 'Draft only idea', publish: false });
      const pending = await makeItem(source.deps, {
        type: 'tool',
        title: 'Tool with pending changes',
        neutral: { publishedOn: '2020-01-01' },
      });
      const editor = {
        id: (await makeUser(source.deps, 'editor')).id,
        role: 'editor' as const,
        organisationId: null,
      };
      await saveVersion(source.deps, editor, pending.id, 'en', {
        title: 'Tool with pending changes (edited)',
        summary: 'New summary',
        body: 'New body',
        fields: {},
      });
      await makeItem(source.deps, {
        type: 'meeting',
        title: 'Board minutes',
        visibility: 'members',
        neutral: { startsOn: '2024-02-02T10:00', endsOn: '2024-02-02T12:00', city: 'Brussels' },
        fields: { nextSteps: 'Report back' },
      });
      const archived = await makeItem(source.deps, {
        type: 'news',
        title: 'Old news',
        translations: { nl: { title: 'Oud nieuws' } },
      });
      await transition(source.deps, editor, archived.id, 'nl', 'archive');
      const review = await makeItem(source.deps, {
        type: 'policy',
        title: 'Policy in review',
        publish: false,
      });
      await transition(source.deps, editor, review.id, 'en', 'submit');

      const res = await (await editorClient(source)).get('/api/v1/export');
      assert.equal(res.statusCode, 200);
      exported = res.json<Doc>();
      text = JSON.stringify(exported, null, 2);
    });
    after(async () => {
      await source.close();
      await target.close();
    });

    it('exports everything to editors: drafts, reviews, members-only, working and live text', () => {
      assert.equal(exported.format, 'helix-export');
      assert.equal(exported.version, 1);
      assert.deepEqual(exported.items.map((i) => i.slug).sort(), [
        'board-minutes',
        'draft-only-idea',
        'jet-net-technet',
        'monitor-2021',
        'old-news',
        'policy-in-review',
        'tool-with-pending-changes',
      ]);
      const tool = exported.items.find((i) => i.slug === 'tool-with-pending-changes')!;
      assert.equal(tool.versions.en!.state, 'draft');
      assert.equal(tool.versions.en!.title, 'Tool with pending changes (edited)');
      assert.equal((tool.versions.en!.live as { title: string }).title, 'Tool with pending changes');
      const jet = exported.items.find((i) => i.slug === 'jet-net-technet')!;
      assert.deepEqual(jet.links, {
        organisations: [
          { slug: 'basque-partner', role: 'partner' },
          { slug: 'platform-techniek', role: 'owner' },
        ],
        countries: ['ES', 'NL'],
        regions: ['basque-country', 'utrecht'],
        levels: ['secondary', 'vet'],
        themes: ['school_company'],
        related: ['monitor-2021'],
      });
      assert.equal(jet.organisation, 'platform-techniek');
      assert.equal(exported.items.find((i) => i.slug === 'old-news')!.versions.nl!.state, 'archived');
      const org = exported.organisations.find((o) => o.slug === 'platform-techniek')!;
      assert.deepEqual(
        org.aliases,
        ['PTvT', 'Platform Talent voor Technologie'],
        'sorted by code point, so exports compare',
      );
      assert.deepEqual(org.membership, {
        role: 'national_stem_platform',
        memberSince: '2014-06-01',
        status: 'active',
      });
      assert.equal(org.region, 'utrecht');
    });

    it('exports only published public text to visitors', async () => {
      const doc = (await source.app.inject('/api/v1/export')).json<Doc>();
      assert.deepEqual(doc.items.map((i) => i.slug).sort(), [
        'jet-net-technet',
        'monitor-2021',
        'old-news',
        'tool-with-pending-changes',
      ]);
      const tool = doc.items.find((i) => i.slug === 'tool-with-pending-changes')!;
      assert.equal(tool.versions.en!.title, 'Tool with pending changes', 'the live text, never the draft');
      assert.deepEqual(Object.keys(doc.items.find((i) => i.slug === 'old-news')!.versions), ['en']);
      assert.ok(!JSON.stringify(doc).includes('Board minutes'));
    });

    it('round-trips: export → import into an empty database → export gives the same library', async () => {
      const before = await rowCounts(target);
      assert.equal(before.items, 0);
      const client = await editorClient(target);
      const res = await postJson(client, '/api/v1/import', text);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), {
        imported: {
          organisations: { created: 2, matched: 0 },
          items: { created: 7, updated: 0 },
          versions: 9,
        },
      });
      const again = (await client.get('/api/v1/export')).json<Doc>();
      assert.deepEqual(withoutDate(again), withoutDate(exported));
      // Published text is searchable, and the import is one audit entry.
      const search = (await target.app.inject('/api/v1/search?q=guest%20lessons')).json<{
        items: { slug: string }[];
      }>();
      assert.deepEqual(
        search.items.map((i) => i.slug),
        ['jet-net-technet'],
      );
      const audit = await target.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'library.imported')
        .execute();
      assert.equal(audit.length, 1);
      // The same file again updates in place and changes nothing.
      const second = await postJson(client, '/api/v1/import', text);
      assert.deepEqual(second.json(), {
        imported: {
          organisations: { created: 0, matched: 2 },
          items: { created: 0, updated: 7 },
          versions: 9,
        },
      });
      assert.deepEqual(withoutDate((await client.get('/api/v1/export')).json<Doc>()), withoutDate(exported));
      assert.equal((await rowCounts(target)).items, 7);
    });

    it('refuses malformed imports with the line and field of each problem, importing nothing', async () => {
      const client = await editorClient(target);
      const counts = await rowCounts(target);
      const refuse = async (payload: string) => {
        const res = await postJson(client, '/api/v1/import', payload);
        assert.equal(res.statusCode, 400, res.body.slice(0, 300));
        const body = res.json<Refused>();
        assert.equal(body.error.code, 'invalid_import');
        assert.match(body.error.message, /Nothing was imported/);
        return body.error.problems;
      };
      const mutated = (change: (doc: Doc) => void) => {
        const doc = structuredClone(exported);
        change(doc);
        return jsonMap.stringify(doc, null, 2);
      };

      // JSON syntax: a trailing comma on line 3.
      const syntax = await refuse('{\n  "format": "helix-export",\n  "version": 1,,\n  "items": []\n}');
      assert.deepEqual(
        syntax.map((p) => [p.line, p.column]),
        [[3, 16]],
      );
      assert.match(syntax[0]!.message, /not valid JSON/);
      assert.match((await refuse(text.slice(0, 200)))[0]!.message, /ends too early/);
      assert.match((await refuse(''))[0]!.message, /empty/);

      // A missing title at /items/2/versions/en/title: named at the line of its object.
      const missing = mutated((doc) => delete doc.items[2]!.versions.en!.title);
      const problems = await refuse(missing.json);
      assert.equal(problems.length, 1);
      assert.deepEqual(problems[0], {
        line: missing.pointers['/items/2/versions/en']!.value.line + 1,
        column: missing.pointers['/items/2/versions/en']!.value.column + 1,
        path: '/items/2/versions/en/title',
        field: 'items[2].versions.en.title',
        message: 'is missing',
      });

      const unknownType = mutated((doc) => (doc.items[1]!.type = 'podcast'));
      const typeProblem = (await refuse(unknownType.json))[0]!;
      assert.equal(typeProblem.line, unknownType.pointers['/items/1/type']!.value.line + 1);
      assert.equal(typeProblem.field, 'items[1].type');
      assert.match(typeProblem.message, /programme/);

      // items[1] and items[2] are both programmes, so only the duplicate is wrong.
      const duplicate = mutated((doc) => (doc.items[2]!.slug = doc.items[1]!.slug));
      const dup = await refuse(duplicate.json);
      assert.deepEqual(
        dup.map((p) => [p.line, p.field]),
        [[duplicate.pointers['/items/2/slug']!.value.line + 1, 'items[2].slug']],
      );
      assert.match(dup[0]!.message, /twice/);

      const several = mutated((doc) => {
        doc.items[0]!.organisation = 'nobody-knows';
        (doc.items[4]!.links as { related: string[] }).related = ['no-such-item'];
        doc.items[5]!.versions.en!.title = '   ';
        (doc.items[6] as Record<string, unknown>).colour = 'blue';
      });
      const fields = (await refuse(several.json)).map((p) => p.field);
      assert.deepEqual(fields, ['items[5].versions.en.title', 'items[6].colour']);
      const refs = mutated((doc) => {
        doc.items[0]!.organisation = 'nobody-knows';
        (doc.items[4]!.links as { related: string[] }).related = ['no-such-item'];
      });
      assert.deepEqual(
        (await refuse(refs.json)).map((p) => p.field),
        ['items[0].organisation', 'items[4].links.related[0]'],
      );
      // NUL written as the JSON escape \u0000 (JSON.stringify); the layout is that of the mapped text.
      const nul = mutated((doc) => (doc.items[0]!.versions.en!.summary = 'a\u0000b'));
      const nulText = text.replace(
        `"summary": "${exported.items[0]!.versions.en!.summary as string}"`,
        '"summary": "a\\u0000b"',
      );
      assert.deepEqual(
        (await refuse(nulText)).map((p) => [p.line, p.field]),
        [[nul.pointers['/items/0/versions/en/summary']!.value.line + 1, 'items[0].versions.en.summary']],
      );
      assert.deepEqual(await rowCounts(target), counts, 'nothing was written');
    });

    it('accepts imports larger than the ordinary body limit', async () => {
      const client = await editorClient(target);
      const body = 'Long text. '.repeat(18_000);
      const doc = {
        format: 'helix-export',
        version: 1,
        items: Array.from({ length: 6 }, (_, i) => ({
          slug: `bulk-${i}`,
          type: 'news',
          originalLang: 'en',
          visibility: 'public',
          versions: { en: { state: 'published', title: `Bulk ${i}`, summary: '', body } },
        })),
      };
      const payload = JSON.stringify(doc);
      assert.ok(payload.length > target.deps.config.bodyLimit);
      const res = await postJson(client, '/api/v1/import', payload);
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      assert.equal((await target.app.inject('/api/v1/items/bulk-5')).statusCode, 200);
    });

    it('lets only signed-in editors and administrators import, with the CSRF token', async () => {
      const counts = await rowCounts(target);
      const visitor = new TestClient(target.app);
      assert.equal((await postJson(visitor, '/api/v1/import', text)).statusCode, 401);
      const member = await editorClient(target, 'member');
      const refused = await postJson(member, '/api/v1/import', text);
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json<Refused>().error.code, 'forbidden');
      const editor = await editorClient(target);
      const noToken = await postJson(editor, '/api/v1/import', text, false);
      assert.equal(noToken.statusCode, 403);
      assert.equal(noToken.json<Refused>().error.code, 'csrf');
      assert.deepEqual(await rowCounts(target), counts);
      const admin = await editorClient(target, 'admin');
      assert.equal((await postJson(admin, '/api/v1/import', text)).statusCode, 200);
    });

    it('imports through the open-data page form, listing problems by line', async () => {
      const visitorPage = await target.app.inject('/en/open-data');
      assert.equal(visitorPage.statusCode, 200);
      assert.ok(!visitorPage.body.includes('name="json"'), 'no import form for visitors');
      assert.ok(
        visitorPage.body.includes('href="/api/openapi.json"') &&
          visitorPage.body.includes('href="/en/feed.atom"') &&
          visitorPage.body.includes('href="/sitemap.xml"') &&
          visitorPage.body.includes('href="/en/events.ics"'),
      );
      const editor = await editorClient(target);
      const counts = await rowCounts(target);
      const bad = await editor.submit('/nl/open-data', '/nl/open-data/import', {
        json: '{\n  "format": "helix-export",\n  "version": 1,\n  "items": [ { "slug": "x" } ]\n}',
      });
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.body.includes('Regel 4, kolom 14'), 'problems are listed by line, in Dutch');
      assert.ok(bad.body.includes('items[0].type') && bad.body.includes('ontbreekt'));
      assert.ok(bad.body.includes('&quot;slug&quot;: &quot;x&quot;'), 'the text comes back, escaped');
      assert.ok(
        bad.body.includes('hreflang="en" lang="en"') && bad.body.includes('href="/en/open-data"'),
        'the other language links to the page, not the form action',
      );
      assert.deepEqual(await rowCounts(target), counts);
      const empty = await editor.submit('/en/open-data', '/en/open-data/import', { json: '  ' });
      assert.equal(empty.statusCode, 400);
      const good = await editor.submit('/en/open-data', '/en/open-data/import', { json: text });
      assert.equal(good.statusCode, 303);
      assert.equal(good.headers.location, '/en/open-data');
      assert.match((await editor.get('/en/open-data')).body, /Imported: 7 items \(0 new, 7 updated\)/);
      const member = await editorClient(target, 'member');
      await member.get('/en/open-data');
      assert.equal(
        (await member.post('/en/open-data/import', { _csrf: member.csrf(), json: text })).statusCode,
        403,
      );
    });
  });
}

type Dossier = {
  status: string;
  instruments: string[];
  predecessor: string | null;
  successor: string | null;
  statusChangedAt: string;
  timeline: {
    kind: string;
    item?: string | null;
    date: string | null;
    titles?: Record<string, string> | null;
    notes: Record<string, string>;
  }[];
};
const dossierOf = (doc: Doc, slug: string) =>
  doc.items.find((i) => i.slug === slug)?.dossier as Dossier | undefined;
const indexOf = (doc: Doc, slug: string) => doc.items.findIndex((i) => i.slug === slug);

async function dossierRows(ctx: TestContext): Promise<Record<string, number>> {
  const out = await rowCounts(ctx);
  for (const table of ['taskforce_details', 'timeline_entries'] as const)
    out[table] = (await ctx.deps.db.selectFrom(table).selectAll().execute()).length;
  return out;
}

function dossierInput(slug: string, title: string, overrides: Partial<DossierInput> = {}): DossierInput {
  return {
    slug,
    lang: 'en',
    title,
    summary: `Summary of ${title}.`,
    background: 'Why the region asked.',
    objectives: 'A programme.',
    results: '',
    countryCodes: ['ES'],
    regionIds: [],
    requesterIds: [],
    platformIds: [],
    startsOn: '2018-02-07',
    endsOn: null,
    status: 'ongoing',
    instruments: [],
    ...overrides,
  };
}

for (const dialect of DIALECTS) {
  describe(`taskforce dossiers in export and import on ${dialect}`, () => {
    let source: TestContext;
    let target: TestContext;
    let exported: Doc;
    let text: string;

    before(async () => {
      [source, target] = await Promise.all([createTestContext(dialect), createTestContext(dialect)]);
      const deps = source.deps;
      const actor: Actor = { id: (await makeUser(deps, 'editor')).id, role: 'editor', organisationId: null };
      const report = await makeItem(deps, {
        type: 'report',
        slug: 'pilot-report',
        title: 'Pilot report',
        neutral: { publishedOn: '2021-03-01' },
      });
      const minutes = await makeItem(deps, {
        type: 'meeting',
        slug: 'members-minutes',
        title: 'Members-only minutes',
        visibility: 'members',
        neutral: { startsOn: '2020-05-05' },
      });
      const first = await createDossier(
        deps,
        actor,
        dossierInput('first-dossier', 'First dossier', {
          instruments: ['study_visit', 'taskforce_meetings'],
        }),
      );
      const next = await createDossier(
        deps,
        actor,
        dossierInput('next-dossier', 'Next dossier', { status: 'requested' }),
      );
      assert.ok(first.ok && next.ok);
      for (const id of [first.id, next.id]) await transition(deps, actor, id, 'en', 'publish');
      assert.ok(
        (
          await addTimelineItem(
            deps,
            actor,
            first.id,
            report.id,
            { en: 'Read this first.', nl: 'Lees dit eerst.' },
            '2021-04-01',
          )
        ).ok,
      );
      assert.ok((await addTimelineItem(deps, actor, first.id, minutes.id, {}, null)).ok);
      assert.ok(
        (
          await addMilestone(deps, actor, first.id, {
            date: '2020-09-01',
            titles: { nl: 'Pilot gestart', en: 'Pilot launched' },
            notes: { en: 'In Bilbao.' },
          })
        ).ok,
      );
      // ongoing → closed, continued by the next dossier (which then names this one as predecessor).
      assert.deepEqual(
        await updateDetails(deps, actor, first.id, {
          status: 'closed',
          instruments: ['study_visit', 'taskforce_meetings'],
          predecessorId: null,
          successorId: next.id,
        }),
        { ok: true },
      );
      await setStatusChangedAt(deps.db, first.id, '2022-05-01T09:00:00.000Z');

      const res = await (await editorClient(source)).get('/api/v1/export');
      assert.equal(res.statusCode, 200);
      exported = res.json<Doc>();
      text = JSON.stringify(exported, null, 2);
    });
    after(async () => {
      await source.close();
      await target.close();
    });

    it('round-trips a dossier with its details, a milestone and item entries', async () => {
      assert.deepEqual(dossierOf(exported, 'first-dossier'), {
        status: 'closed',
        instruments: ['study_visit', 'taskforce_meetings'],
        predecessor: null,
        successor: 'next-dossier',
        statusChangedAt: '2022-05-01T09:00:00.000Z',
        timeline: [
          {
            kind: 'milestone',
            date: '2020-09-01',
            titles: { en: 'Pilot launched', nl: 'Pilot gestart' },
            notes: { en: 'In Bilbao.' },
          },
          {
            kind: 'item',
            item: 'pilot-report',
            date: '2021-04-01',
            notes: { en: 'Read this first.', nl: 'Lees dit eerst.' },
          },
          { kind: 'item', item: 'members-minutes', date: null, notes: {} },
        ],
      });
      assert.equal(dossierOf(exported, 'next-dossier')!.predecessor, 'first-dossier');
      assert.deepEqual(dossierOf(exported, 'next-dossier')!.timeline, []);
      assert.equal(dossierOf(exported, 'pilot-report'), undefined, 'only dossiers have a dossier object');

      assert.equal((await dossierRows(target)).items, 0);
      const client = await editorClient(target);
      const res = await postJson(client, '/api/v1/import', text);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), {
        imported: {
          organisations: { created: 0, matched: 0 },
          items: { created: 4, updated: 0 },
          versions: 4,
        },
      });
      assert.deepEqual(withoutDate((await client.get('/api/v1/export')).json<Doc>()), withoutDate(exported));
      const page = await target.app.inject('/en/taskforces/first-dossier');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Pilot launched/);
      assert.match(page.body, /Pilot report/);
      // Importing the same file again replaces the timeline rather than adding to it.
      assert.equal((await postJson(client, '/api/v1/import', text)).statusCode, 200);
      assert.deepEqual(withoutDate((await client.get('/api/v1/export')).json<Doc>()), withoutDate(exported));
      const rows = await dossierRows(target);
      assert.equal(rows.taskforce_details, 2);
      assert.equal(rows.timeline_entries, 3);
    });

    it('refuses a timeline entry naming an unknown item, with its line and field, importing nothing', async () => {
      const client = await editorClient(target);
      const counts = await dossierRows(target);
      const k = indexOf(exported, 'first-dossier');
      const refuse = async (change: (doc: Doc) => void) => {
        const doc = structuredClone(exported);
        change(doc);
        const mapped = jsonMap.stringify(doc, null, 2);
        const res = await postJson(client, '/api/v1/import', mapped.json);
        assert.equal(res.statusCode, 400, res.body.slice(0, 300));
        return { problems: res.json<Refused>().error.problems, pointers: mapped.pointers };
      };

      const unknown = await refuse(
        (doc) => (dossierOf(doc, 'first-dossier')!.timeline[1]!.item = 'no-such-item'),
      );
      assert.deepEqual(unknown.problems, [
        {
          line: unknown.pointers[`/items/${k}/dossier/timeline/1/item`]!.value.line + 1,
          column: unknown.pointers[`/items/${k}/dossier/timeline/1/item`]!.value.column + 1,
          path: `/items/${k}/dossier/timeline/1/item`,
          field: `items[${k}].dossier.timeline[1].item`,
          message: 'unknown item “no-such-item”',
        },
      ]);

      // The other rules of the taskforce service: succession between dossiers, no dossier on a
      // timeline, each item once, milestones with titles and without an item.
      const several = await refuse((doc) => {
        const d = dossierOf(doc, 'first-dossier')!;
        d.predecessor = 'pilot-report';
        d.successor = 'gone-dossier';
        delete d.timeline[0]!.titles;
        d.timeline[0]!.item = 'pilot-report';
        d.timeline[2]!.item = 'pilot-report';
        d.timeline.push(
          { kind: 'item', item: 'next-dossier', date: null, notes: {} },
          { kind: 'item', date: null, titles: { en: 'A title' }, notes: {} },
        );
      });
      const at = (field: string) => `items[${k}].dossier.${field}`;
      assert.deepEqual(
        several.problems.map((p) => [p.field, p.message]),
        [
          [at('predecessor'), '“pilot-report” is not a taskforce dossier'],
          [at('successor'), 'unknown item “gone-dossier”'],
          [at('timeline[0].titles'), 'a milestone needs “titles” with a title in at least one language'],
          [at('timeline[0].item'), 'a milestone names no item: leave “item” out, or use kind “item”'],
          [at('timeline[2].item'), '“pilot-report” is on this timeline twice (also at timeline[1])'],
          [
            at('timeline[3].item'),
            '“next-dossier” is a taskforce dossier: a timeline names other items, or a dossier’s predecessor and successor',
          ],
          [at('timeline[4].item'), 'is missing'],
          [
            at('timeline[4].titles'),
            'only milestones have “titles”; an item entry shows the title of its item',
          ],
        ],
      );
      assert.deepEqual(await dossierRows(target), counts, 'nothing was written');
    });

    it('refuses a dossier object on an item that is not a dossier', async () => {
      const client = await editorClient(target);
      const counts = await dossierRows(target);
      const doc = structuredClone(exported);
      const k = indexOf(doc, 'pilot-report');
      doc.items[k]!.dossier = { status: 'ongoing' };
      const mapped = jsonMap.stringify(doc, null, 2);
      const res = await postJson(client, '/api/v1/import', mapped.json);
      assert.equal(res.statusCode, 400, res.body.slice(0, 300));
      const problems = res.json<Refused>().error.problems;
      assert.deepEqual(
        problems.map((p) => [p.line, p.field, p.message]),
        [
          [
            mapped.pointers[`/items/${k}/dossier`]!.key!.line + 1,
            `items[${k}].dossier`,
            'only items of type taskforce have a “dossier”; this item has type report',
          ],
        ],
      );
      assert.deepEqual(await dossierRows(target), counts, 'nothing was written');
    });

    it('gives a dossier imported without a dossier object the details of a new dossier', async () => {
      const client = await editorClient(target);
      const doc = {
        format: 'helix-export',
        version: 1,
        items: [
          {
            slug: 'bare-dossier',
            type: 'taskforce',
            originalLang: 'en',
            visibility: 'public',
            versions: { en: { state: 'published', title: 'Bare dossier', summary: '', body: '' } },
          },
        ],
      };
      const res = await postJson(client, '/api/v1/import', JSON.stringify(doc));
      assert.equal(res.statusCode, 200, res.body);
      const item = await target.deps.db
        .selectFrom('items')
        .select('id')
        .where('slug', '=', 'bare-dossier')
        .executeTakeFirstOrThrow();
      const details = await findDetails(target.deps.db, item.id);
      assert.deepEqual(
        [details?.status, details?.instruments, details?.predecessorId, details?.successorId],
        ['requested', [], null, null],
      );
      assert.deepEqual(await listEntries(target.deps.db, item.id), []);
      assert.equal((await target.app.inject('/en/taskforces/bare-dossier')).statusCode, 200);
    });

    it('shows visitors and members only the timeline entries a visitor may see', async () => {
      const visitor = (await source.app.inject('/api/v1/export')).json<Doc>();
      assert.deepEqual(visitor.items.map((i) => i.slug).sort(), [
        'first-dossier',
        'next-dossier',
        'pilot-report',
      ]);
      assert.deepEqual(
        dossierOf(visitor, 'first-dossier')!.timeline.map((e) => e.item ?? e.titles!.en),
        ['Pilot launched', 'pilot-report'],
      );
      assert.equal(dossierOf(visitor, 'first-dossier')!.successor, 'next-dossier');
      assert.ok(
        !JSON.stringify(visitor).includes('members-minutes'),
        'the members-only item is not named anywhere',
      );
      // A member's export is the public one (only editors export everything).
      const member = await editorClient(source, 'member');
      const theirs = (await member.get('/api/v1/export')).json<Doc>();
      assert.ok(!JSON.stringify(theirs).includes('members-minutes'));
      // The visitor's export imports again as it is.
      const client = await editorClient(target);
      assert.equal((await postJson(client, '/api/v1/import', JSON.stringify(visitor))).statusCode, 200);
    });
  });
}
