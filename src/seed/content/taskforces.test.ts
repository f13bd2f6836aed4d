// Checks on the demo taskforce dossiers: every reference resolves, the vocabularies are respected,
// the seed dossier (STEAMsare) is exactly as the facts give it, the Norwegian succession holds,
// and no real person is named.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRY_CODES, REGIONS, isOneOf } from '../../features/reference/domain/vocabulary.ts';
import { TASKFORCE_INSTRUMENTS, TASKFORCE_STATUSES } from '../../features/taskforces/domain/vocabulary.ts';
import { ITEMS } from './items.ts';
import { ORGANISATIONS } from './organisations.ts';
import type { SeedDossier, SeedDossierVersion } from './taskforce-types.ts';
import { DOSSIERS } from './taskforces.ts';

const orgSlugs = new Set(ORGANISATIONS.map((o) => o.slug));
const itemBySlug = new Map(ITEMS.map((i) => [i.slug, i]));
const regionBySlug = new Map(REGIONS.map((r) => [r.slug, r]));
const dossierBySlug = new Map(DOSSIERS.map((d) => [d.slug, d]));

const REAL_SURNAMES = [
  'Rutte',
  'Bussemaker',
  'Blanquer',
  'Dekker',
  'Archer',
  'Hoeven',
  'Palkovics',
  'Boots',
  'Rørvik',
  'Rorvik',
];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(value: string | undefined): boolean {
  const m = DAY.exec(value ?? '');
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function dossier(slug: string): SeedDossier {
  const d = dossierBySlug.get(slug);
  assert.ok(d, `dossier ${slug} exists`);
  return d;
}

function versions(d: SeedDossier): [string, SeedDossierVersion][] {
  return Object.entries(d.versions).filter((e): e is [string, SeedDossierVersion] => e[1] !== undefined);
}

/** The date an entry is shown with: its own override, the milestone's, or the item's own date. */
function entryDate(entry: SeedDossier['timeline'][number]): string | undefined {
  if (entry.date) return entry.date;
  if (entry.milestone) return entry.milestone.date;
  const item = entry.item ? itemBySlug.get(entry.item) : undefined;
  return item?.publishedOn ?? item?.startsOn?.slice(0, 10);
}

describe('demo taskforce dossiers', () => {
  it('are the eight taskforces of the facts, with unique slugs that no knowledge item uses', () => {
    assert.equal(DOSSIERS.length, 8);
    assert.equal(dossierBySlug.size, DOSSIERS.length, 'duplicate dossier slug');
    for (const d of DOSSIERS) {
      assert.match(d.slug, SLUG, d.slug);
      // Dossiers are stored as items of type 'taskforce', so item slugs are taken.
      assert.ok(!itemBySlug.has(d.slug), `${d.slug} clashes with a knowledge item`);
    }
  });

  it('use valid statuses, instruments, countries, regions and dates', () => {
    for (const d of DOSSIERS) {
      assert.ok(isOneOf(TASKFORCE_STATUSES, d.status), `${d.slug}: status ${d.status}`);
      assert.ok(d.instruments.length > 0, `${d.slug}: no instrument`);
      assert.equal(new Set(d.instruments).size, d.instruments.length, `${d.slug}: duplicate instrument`);
      for (const i of d.instruments)
        assert.ok(isOneOf(TASKFORCE_INSTRUMENTS, i), `${d.slug}: instrument ${i}`);
      assert.ok(d.countries.length > 0, `${d.slug}: no country`);
      for (const c of d.countries) assert.ok(isOneOf(COUNTRY_CODES, c), `${d.slug}: country ${c}`);
      for (const r of d.regions ?? []) {
        const region = regionBySlug.get(r);
        assert.ok(region, `${d.slug}: unknown region ${r}`);
        assert.ok(
          d.countries.includes(region.country),
          `${d.slug}: region ${r} lies outside the dossier's countries`,
        );
      }
      assert.ok(isRealDay(d.startsOn), `${d.slug}: startsOn ${d.startsOn}`);
      if (d.endsOn !== undefined) {
        assert.ok(isRealDay(d.endsOn), `${d.slug}: endsOn ${d.endsOn}`);
        assert.ok(d.endsOn >= d.startsOn, `${d.slug}: ends before it starts`);
      }
    }
  });

  it('reference only organisations that exist', () => {
    for (const d of DOSSIERS) {
      assert.ok(d.requesters.length > 0, `${d.slug}: no requesting organisation`);
      for (const slug of [...d.requesters, ...(d.platforms ?? [])])
        assert.ok(orgSlugs.has(slug), `${d.slug}: unknown organisation ${slug}`);
    }
  });

  it('have timelines of existing items or dated milestones, each item once', () => {
    for (const d of DOSSIERS) {
      assert.ok(d.timeline.length > 0, `${d.slug}: empty timeline`);
      const seen = new Set<string>();
      for (const entry of d.timeline) {
        assert.ok(
          (entry.item === undefined) !== (entry.milestone === undefined),
          `${d.slug}: an entry is either an item or a milestone`,
        );
        if (entry.item !== undefined) {
          const item = itemBySlug.get(entry.item);
          assert.ok(item, `${d.slug}: unknown item ${entry.item}`);
          assert.notEqual(item.visibility, 'members', `${d.slug}: ${entry.item} is members-only`);
          assert.ok(!seen.has(entry.item), `${d.slug}: ${entry.item} twice`);
          seen.add(entry.item);
        }
        if (entry.milestone) {
          assert.ok(isRealDay(entry.milestone.date), `${d.slug}: milestone date ${entry.milestone.date}`);
          assert.ok(entry.milestone.title.en.trim(), `${d.slug}: milestone without an English title`);
        }
        if (entry.date !== undefined) assert.ok(isRealDay(entry.date), `${d.slug}: entry date ${entry.date}`);
        if (entry.note) assert.ok(entry.note.en.trim(), `${d.slug}: note without English text`);
        if (entry.note?.nl !== undefined) assert.ok(entry.note.nl.trim(), `${d.slug}: empty Dutch note`);
      }
    }
  });

  it('can be read in full in English, and in Dutch where a Dutch version exists', () => {
    for (const d of DOSSIERS) {
      assert.ok(d.versions.en, `${d.slug}: no English version`);
      for (const [lang, v] of versions(d)) {
        for (const field of ['title', 'summary', 'background', 'objectives', 'results'] as const) {
          assert.ok(v[field].trim().length > 0, `${d.slug} (${lang}): empty ${field}`);
        }
        assert.ok(v.summary.length <= 320, `${d.slug} (${lang}): summary is longer than a teaser`);
      }
      if (d.versions.nl) {
        for (const entry of d.timeline) {
          if (entry.milestone)
            assert.ok(entry.milestone.title.nl?.trim(), `${d.slug}: milestone without a Dutch title`);
          if (entry.note) assert.ok(entry.note.nl?.trim(), `${d.slug}: note without Dutch text`);
        }
      }
    }
  });

  it('have Dutch versions for the Basque, Breton, Danish and Norwegian dossiers', () => {
    for (const slug of [
      'steamsare-basque-country',
      'bretagne-school-company-cooperation',
      'danish-technology-pact-taskforce',
      'towards-new-norwegian-stem-strategy',
      'norwegian-technology-pact',
    ]) {
      assert.ok(dossier(slug).versions.nl, `${slug}: no Dutch version`);
    }
  });

  it('name no real person', () => {
    const text = JSON.stringify(DOSSIERS);
    for (const name of REAL_SURNAMES) {
      assert.doesNotMatch(text, new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'iu'), name);
    }
  });
});

describe('the STEAMsare dossier (T1)', () => {
  const d = dossier('steamsare-basque-country');

  it('is requested by InnoBasque and started on 7 February 2018 in the Basque Country', () => {
    assert.deepEqual(d.requesters, ['innobasque']);
    assert.equal(d.startsOn, '2018-02-07');
    assert.equal(d.status, 'ongoing');
    assert.deepEqual(d.countries, ['ES']);
    assert.deepEqual(d.regions, ['basque-country']);
    assert.ok(d.platforms?.includes('ptvt'));
    assert.ok(d.platforms?.includes('astra'), 'the Danish platform that advised InnoBasque');
  });

  it('says the Jet-Net model was chosen and a pilot planned for 2020–21', () => {
    const en = d.versions.en;
    assert.match(en.results, /Jet-Net model/);
    assert.match(en.results, /2020–21/);
    assert.match(d.versions.nl?.results ?? '', /2020–21/);
  });

  it('has the four required timeline entries with the dates of the facts', () => {
    const expected: Record<string, string | undefined> = {
      'beta-techmentality-model': '2020-01-01',
      'basque-steam-strategy': '2018-06-01',
      'jnt-tool-page': '2018-03-15',
      'jet-net-technet-programme': undefined,
    };
    for (const [slug, date] of Object.entries(expected)) {
      const entry = d.timeline.find((e) => e.item === slug);
      assert.ok(entry, `timeline has ${slug}`);
      assert.equal(entryDate(entry), date, `${slug} date`);
    }
    const extra = d.timeline.filter((e) => !(e.item !== undefined && e.item in expected));
    assert.ok(
      extra.every((e) => e.item === 'taskforce-meeting-jet-net-technet-2018'),
      'only the JNTN taskforce meeting may be added',
    );
  });

  it('keeps the JNTN programme undated', () => {
    const entry = d.timeline.find((e) => e.item === 'jet-net-technet-programme');
    assert.ok(entry);
    assert.equal(entry.date, undefined, 'no date override on the programme entry');
    const item = itemBySlug.get('jet-net-technet-programme');
    assert.ok(item);
    assert.equal(item.type, 'programme');
    assert.equal(item.publishedOn, undefined);
    assert.equal(item.startsOn, undefined);
  });

  it('shares the BTM and JNTN items with the Breton dossier', () => {
    const breton = dossier('bretagne-school-company-cooperation');
    for (const slug of ['beta-techmentality-model', 'jnt-tool-page', 'jet-net-technet-programme']) {
      assert.ok(
        breton.timeline.some((e) => e.item === slug),
        `Bretagne has ${slug}`,
      );
    }
  });
});

describe('the other dossiers', () => {
  it('keep the Norwegian succession: the Technology Pact closed, continued as the new strategy', () => {
    const pact = dossier('norwegian-technology-pact');
    const strategy = dossier('towards-new-norwegian-stem-strategy');
    assert.equal(strategy.predecessor, 'norwegian-technology-pact');
    assert.equal(pact.status, 'closed');
    assert.equal(pact.startsOn, '2018-08-20');
    assert.equal(strategy.startsOn, '2021-06-29');
    assert.deepEqual(pact.requesters, ['ncsr']);
    assert.deepEqual(strategy.requesters, ['ncsr']);
    for (const slug of [
      'norwegian-stakeholder-consultation-2018',
      'technology-pact-2016-2020',
      'taskforce-meeting-oslo-2018',
    ]) {
      assert.ok(
        pact.timeline.some((e) => e.item === slug),
        `pact has ${slug}`,
      );
    }
    for (const slug of [
      'norwegian-close-to-stem-strategy',
      'taskforce-meeting-norway-2-2022',
      'taskforce-meeting-norway-2023',
    ]) {
      assert.ok(
        strategy.timeline.some((e) => e.item === slug),
        `strategy has ${slug}`,
      );
    }
    assert.match(pact.versions.en.results, /cabinet crisis/);
  });

  it('point predecessors only at other dossiers that start earlier', () => {
    for (const d of DOSSIERS) {
      if (d.predecessor === undefined) continue;
      const before = dossier(d.predecessor);
      assert.notEqual(before.slug, d.slug);
      assert.ok(before.startsOn < d.startsOn, `${d.slug} starts after its predecessor`);
    }
  });

  it('give the start dates, statuses and requesters of the facts', () => {
    const expected: Record<string, [string, string, string[]]> = {
      'bretagne-school-company-cooperation': [
        '2020-05-01',
        'ongoing',
        ['institut-de-locarn', 'alerteducation'],
      ],
      'estonian-research-council-strategic-vision-2023-2029': ['2021-07-07', 'ongoing', ['etag']],
      'danish-technology-pact-taskforce': [
        '2016-09-29',
        'finalised',
        ['danish-foundation-for-entrepreneurship'],
      ],
      'hungarian-stem-platform': ['2017-04-01', 'finalised', ['obuda-university']],
      'baltic-assembly-education-innovation-committees': ['2022-02-02', 'finalised', ['baltic-assembly']],
    };
    for (const [slug, [startsOn, status, requesters]] of Object.entries(expected)) {
      const d = dossier(slug);
      assert.equal(d.startsOn, startsOn, slug);
      assert.equal(d.status, status, slug);
      assert.deepEqual(d.requesters, requesters, slug);
    }
    assert.deepEqual(dossier('baltic-assembly-education-innovation-committees').countries, [
      'EE',
      'LV',
      'LT',
    ]);
    assert.deepEqual(dossier('baltic-assembly-education-innovation-committees').instruments, [
      'policy_briefing',
    ]);
    assert.deepEqual(dossier('danish-technology-pact-taskforce').regions, ['central-denmark']);
  });

  it('carry the milestones of their own', () => {
    const milestones = (slug: string) =>
      dossier(slug).timeline.flatMap((e) => (e.milestone ? [e.milestone] : []));
    assert.deepEqual(milestones('estonian-research-council-strategic-vision-2023-2029'), [
      { date: '2021-09-09', title: { en: 'First taskforce meeting', nl: 'Eerste taskforcebijeenkomst' } },
    ]);
    assert.ok(milestones('danish-technology-pact-taskforce').some((m) => m.date === '2018-04-22'));
    assert.ok(milestones('hungarian-stem-platform').some((m) => m.date === '2018-04-25'));
  });

  it('link the Danish timeline to the monitor highlights and the news article', () => {
    const d = dossier('danish-technology-pact-taskforce');
    for (const slug of ['technology-pact-monitor-highlights-2020', 'university-world-news-danish-pact']) {
      assert.ok(
        d.timeline.some((e) => e.item === slug),
        slug,
      );
    }
    // The facts name only "Denmark"; the background explains whom the dossier lists instead.
    assert.match(d.versions.en.background, /Danish Foundation for Entrepreneurship/);
  });
});
