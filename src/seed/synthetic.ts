// Synthetic content at scale (`helix seed --synthetic N`): realistic mixes of types, languages,
// organisations, countries, levels and themes, published and indexed, written in bulk batches so
// 100,000 items load in minutes. Deterministic for a given seed. For benchmarks and load tests.
import type { Insertable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { addMs, iso } from '../lib/clock.ts';
import { normaliseForSearch, slugify } from '../lib/text.ts';
import { COUNTRY_CODES, LEVELS, ORG_KINDS, THEMES } from '../features/reference/domain/vocabulary.ts';
import { type ItemType } from '../kernel/content-types.ts';
import { TYPE_SPECS } from '../features/items/domain/type-specs.ts';
import { finishBulkLoad, loadItemBatch } from '../features/items/service-bulk.ts';
import { insertOrganisationRows } from '../features/organisations/service.ts';

/** mulberry32: a small, fast, seedable PRNG (synthetic data must be reproducible). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS_EN = [
  'robotics',
  'coding',
  'mathematics',
  'physics',
  'chemistry',
  'biology',
  'engineering',
  'energy transition',
  'climate',
  'artificial intelligence',
  'space',
  'water management',
  'mobility',
  'health technology',
  'circular economy',
  'electronics',
  'data science',
  'materials',
  'agriculture technology',
  'maritime technology',
];
const TOPICS_NL = [
  'robotica',
  'programmeren',
  'wiskunde',
  'natuurkunde',
  'scheikunde',
  'biologie',
  'techniek',
  'energietransitie',
  'klimaat',
  'kunstmatige intelligentie',
  'ruimtevaart',
  'waterbeheer',
  'mobiliteit',
  'zorgtechnologie',
  'circulaire economie',
  'elektronica',
  'datawetenschap',
  'materialen',
  'agrotechniek',
  'maritieme techniek',
];
const FORMATS_EN = [
  'programme',
  'network',
  'pilot',
  'toolkit',
  'study',
  'monitor',
  'summer school',
  'challenge',
  'teacher training',
  'mentoring scheme',
  'guest lesson series',
  'career day',
  'strategy',
  'action plan',
  'report',
];
const FORMATS_NL = [
  'programma',
  'netwerk',
  'pilot',
  'toolkit',
  'studie',
  'monitor',
  'zomerschool',
  'challenge',
  'docentenscholing',
  'mentorprogramma',
  'gastlessenreeks',
  'loopbaandag',
  'strategie',
  'actieplan',
  'rapport',
];
const AUDIENCES_EN = [
  'secondary schools',
  'primary schools',
  'girls aged 10–15',
  'vocational students',
  'teachers',
  'SMEs',
  'regional networks',
  'universities',
  'pupils aged 12–16',
  'school leaders',
];
const AUDIENCES_NL = [
  'middelbare scholen',
  'basisscholen',
  'meisjes van 10–15',
  'mbo-studenten',
  'docenten',
  'mkb-bedrijven',
  'regionale netwerken',
  'universiteiten',
  'leerlingen van 12–16',
  'schoolleiders',
];
const SENTENCES_EN = [
  'It brings schools and technology companies together in long-term partnerships.',
  'Pupils meet professionals through guest lessons, company visits and assignments.',
  'Teachers receive training and lesson material developed with industry.',
  'The approach was evaluated with a yearly survey of participating pupils.',
  'Regional coordinators help each partnership plan its activities for the school year.',
  'Results are shared with other national platforms through the coalition.',
  'The initiative pays special attention to gender balance in STEM choices.',
  'Funding comes from government and in-kind contributions of companies.',
];
const SENTENCES_NL = [
  'Het brengt scholen en technologiebedrijven samen in langdurige partnerschappen.',
  'Leerlingen ontmoeten professionals via gastlessen, bedrijfsbezoeken en opdrachten.',
  'Docenten krijgen scholing en lesmateriaal dat samen met bedrijven is ontwikkeld.',
  'De aanpak is geëvalueerd met een jaarlijkse enquête onder deelnemende leerlingen.',
  'Regionale coördinatoren helpen elk partnerschap zijn activiteiten voor het schooljaar te plannen.',
  'Resultaten worden via de coalitie gedeeld met andere nationale platforms.',
  'Het initiatief besteedt speciale aandacht aan genderbalans bij bètatechniekkeuzes.',
  'De financiering komt van de overheid en van bijdragen in natura van bedrijven.',
];

/** The words synthetic texts are made of (normalised, at least four letters): queries for load tests. */
export function syntheticWords(): string[] {
  const texts = [
    ...TOPICS_EN,
    ...TOPICS_NL,
    ...FORMATS_EN,
    ...FORMATS_NL,
    ...AUDIENCES_EN,
    ...AUDIENCES_NL,
    ...SENTENCES_EN,
    ...SENTENCES_NL,
  ];
  return [
    ...new Set(texts.flatMap((t) => normaliseForSearch(t).split(' ')).filter((w) => w.length >= 4)),
  ].sort();
}

const TYPE_WEIGHTS: [ItemType, number][] = [
  ['programme', 25],
  ['policy', 8],
  ['tool', 14],
  ['report', 18],
  ['monitoring', 5],
  ['news', 15],
  ['meeting', 8],
  ['event', 4],
  ['eu_project', 3],
];

function weighted<T>(rand: () => number, options: [T, number][]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [value, weight] of options) if ((r -= weight) < 0) return value;
  return options[0]![0];
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function some<T>(rand: () => number, list: readonly T[], max: number): T[] {
  const n = 1 + Math.floor(rand() * max);
  return [...new Set(Array.from({ length: n }, () => pick(rand, list)))];
}

export interface SyntheticReport {
  items: number;
  organisations: number;
  ms: number;
}

/** Add `count` synthetic items (and a few hundred organisations) to the database. */
export async function seedSynthetic(
  deps: Deps,
  count: number,
  options: { seed?: number; batch?: number; onProgress?: (done: number) => void } = {},
): Promise<SyntheticReport> {
  const started = Date.now();
  const rand = prng(options.seed ?? 42);
  const now = deps.clock.now();
  const countries = COUNTRY_CODES.filter((c) => c !== 'EU');
  const orgCount = Math.min(800, Math.max(20, Math.round(count / 150)));
  const orgs: { id: string; countryCode: string }[] = [];
  const orgRows: Insertable<DB['organisations']>[] = [];
  const runTag = `${(options.seed ?? 42).toString(36)}${now.getTime().toString(36)}`;
  for (let i = 0; i < orgCount; i++) {
    const countryCode = pick(rand, countries);
    const name = `${pick(rand, ['Centre', 'Foundation', 'Network', 'Academy', 'Institute', 'Alliance'])} for ${pick(rand, TOPICS_EN)} ${countryCode}-${i + 1}`;
    const id = deps.newId();
    orgs.push({ id, countryCode });
    orgRows.push({
      id,
      slug: `${slugify(name)}-${runTag}`,
      name,
      short_name: null,
      kind: pick(rand, ORG_KINDS),
      country_code: countryCode,
      website: null,
      region_id: null,
      logo_url: null,
      merged_into_id: null,
      created_at: iso(now),
      updated_at: iso(now),
    });
  }
  await insertOrganisationRows(deps.db, orgRows);

  const batch = options.batch ?? 2000;
  for (let start = 0; start < count; start += batch) {
    const items: Insertable<DB['items']>[] = [];
    const versions: Insertable<DB['item_versions']>[] = [];
    const orgLinks: Insertable<DB['item_organisations']>[] = [];
    const countryLinks: Insertable<DB['item_countries']>[] = [];
    const levelLinks: Insertable<DB['item_levels']>[] = [];
    const themeLinks: Insertable<DB['item_themes']>[] = [];
    const docs: { itemId: string; lang: string; title: string; content: string }[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const id = deps.newId();
      const type = weighted(rand, TYPE_WEIGHTS);
      const spec = TYPE_SPECS[type];
      const org = pick(rand, orgs);
      const topic = Math.floor(rand() * TOPICS_EN.length);
      const format = Math.floor(rand() * FORMATS_EN.length);
      const audience = Math.floor(rand() * AUDIENCES_EN.length);
      const year = 2005 + Math.floor(rand() * 21);
      const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const dated = type !== 'programme' || rand() < 0.7;
      const dutch = org.countryCode === 'NL' || rand() < 0.3;
      const titleEn = `${TOPICS_EN[topic]![0]!.toUpperCase()}${TOPICS_EN[topic]!.slice(1)} ${FORMATS_EN[format]} for ${AUDIENCES_EN[audience]}`;
      const bodyEn = Array.from({ length: 4 }, () => pick(rand, SENTENCES_EN)).join(' ');
      const neutral = spec.calendar
        ? { starts_on: date, published_on: null }
        : { starts_on: null, published_on: type === 'programme' ? null : date };
      items.push({
        id,
        slug: `${slugify(titleEn, 60)}-${i + 1}-${runTag}`,
        type,
        original_lang: dutch ? 'nl' : 'en',
        visibility: rand() < 0.03 ? 'members' : 'public',
        organisation_id: org.id,
        ...neutral,
        ends_on: null,
        year_start: type === 'programme' && dated ? year : null,
        year_end: null,
        external_url: null,
        registration_url: null,
        online_url: null,
        venue: null,
        city: null,
        funding_programme: null,
        grant_reference: null,
        source_note: null,
        year: dated ? year : null,
        sort_date: neutral.published_on ?? neutral.starts_on,
        listed: true,
        created_by: null,
        created_at: iso(now),
        updated_at: iso(now),
        deleted_at: null,
      });
      const published = iso(addMs(now, -Math.floor(rand() * 3e10)));
      const addVersion = (lang: string, title: string, summary: string, body: string) => {
        const fields = JSON.stringify({});
        versions.push({
          id: deps.newId(),
          item_id: id,
          lang,
          state: 'published',
          title,
          summary,
          body,
          fields,
          live_title: title,
          live_summary: summary,
          live_body: body,
          live_fields: fields,
          published_at: published,
          created_at: iso(now),
          updated_at: iso(now),
          updated_by: null,
        });
        docs.push({ itemId: id, lang, title, content: `${summary}\n${body}` });
      };
      addVersion(
        'en',
        titleEn,
        `A ${FORMATS_EN[format]} on ${TOPICS_EN[topic]} for ${AUDIENCES_EN[audience]}, started in ${year}.`,
        bodyEn,
      );
      if (dutch) {
        const titleNl = `${FORMATS_NL[format]![0]!.toUpperCase()}${FORMATS_NL[format]!.slice(1)} ${TOPICS_NL[topic]} voor ${AUDIENCES_NL[audience]}`;
        addVersion(
          'nl',
          titleNl,
          `Een ${FORMATS_NL[format]} over ${TOPICS_NL[topic]} voor ${AUDIENCES_NL[audience]}, gestart in ${year}.`,
          Array.from({ length: 4 }, () => pick(rand, SENTENCES_NL)).join(' '),
        );
      }
      orgLinks.push({ item_id: id, organisation_id: org.id, role: 'owner' });
      for (const c of new Set([org.countryCode, ...(rand() < 0.2 ? [pick(rand, countries)] : [])]))
        countryLinks.push({ item_id: id, country_code: c });
      if (spec.classified) {
        for (const level of some(rand, LEVELS, 2)) levelLinks.push({ item_id: id, level });
        for (const theme of some(rand, THEMES, 2)) themeLinks.push({ item_id: id, theme });
      }
    }
    await loadItemBatch(
      deps,
      {
        items,
        versions,
        organisations: orgLinks,
        countries: countryLinks,
        levels: levelLinks,
        themes: themeLinks,
      },
      docs,
    );
    options.onProgress?.(Math.min(count, start + batch));
  }
  await finishBulkLoad(deps);
  return { items: count, organisations: orgCount, ms: Date.now() - started };
}
