// Checks on the demo content itself: references resolve, vocabularies are respected, every item
// can be read in English (and in Dutch where it is Dutch), and no real person is named.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  COUNTRY_CODES,
  LEVELS,
  MEMBER_ROLES,
  ORG_KINDS,
  REGIONS,
  THEMES,
  isOneOf,
} from '../../features/reference/domain/vocabulary.ts';
import { ITEM_TYPES } from '../../kernel/content-types.ts';
import { NEUTRAL_FIELDS, TYPE_SPECS, type OrgRole } from '../../features/items/domain/type-specs.ts';
import { nameKey } from '../../lib/text.ts';
import { ITEMS } from './items.ts';
import { ORGANISATIONS } from './organisations.ts';
import type { SeedItem, SeedVersion } from './types.ts';

const orgSlugs = new Set(ORGANISATIONS.map((o) => o.slug));
const itemSlugs = new Set(ITEMS.map((i) => i.slug));
const regionBySlug = new Map(REGIONS.map((r) => [r.slug, r]));

/** Owners whose items are Dutch by origin, besides anything about the Netherlands. */
const DUTCH_OWNERS = new Set(['ptvt', 'jet-net-technet', 'vhto', 'government-of-the-netherlands']);
const isDutch = (item: SeedItem) =>
  (item.countries ?? []).includes('NL') || DUTCH_OWNERS.has(item.organisation ?? '');

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
const DAY_TIME = /^(\d{4})-(\d{2})-(\d{2})(T([01]\d|2[0-3]):[0-5]\d)?$/;

function isRealDate(value: string, pattern: RegExp): boolean {
  const m = pattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function versionsOf(item: SeedItem): [string, SeedVersion][] {
  return Object.entries(item.versions).filter((e): e is [string, SeedVersion] => e[1] !== undefined);
}

describe('demo organisations', () => {
  it('have unique lower-case kebab slugs and valid vocabularies', () => {
    assert.equal(orgSlugs.size, ORGANISATIONS.length, 'duplicate organisation slug');
    for (const org of ORGANISATIONS) {
      assert.match(org.slug, SLUG, org.slug);
      assert.ok(isOneOf(ORG_KINDS, org.kind), `${org.slug}: kind ${org.kind}`);
      if (org.country) assert.ok(isOneOf(COUNTRY_CODES, org.country), `${org.slug}: country ${org.country}`);
      if (org.membership) {
        assert.ok(isOneOf(MEMBER_ROLES, org.membership.role), `${org.slug}: role`);
        if (org.membership.since) assert.ok(isRealDate(org.membership.since, DAY), `${org.slug}: since`);
      }
      if (org.website) assert.doesNotThrow(() => new URL(org.website as string), org.slug);
    }
  });

  it('keep the slugs and kinds other code relies on', () => {
    const kinds: Record<string, string> = {
      ptvt: 'association',
      astra: 'agency',
      etag: 'research_council',
      'luma-centre-finland': 'association',
    };
    for (const [slug, kind] of Object.entries(kinds))
      assert.equal(ORGANISATIONS.find((o) => o.slug === slug)?.kind, kind, slug);
    for (const slug of [
      'innobasque',
      'government-of-the-basque-country',
      'government-of-the-netherlands',
      'ncsr',
      'obuda-university',
      'institut-de-locarn',
      'alerteducation',
      'baltic-assembly',
      'university-world-news',
      'danish-foundation-for-entrepreneurship',
      'jet-net-technet',
      'eu-stem-coalition',
      'european-commission',
    ]) {
      assert.ok(orgSlugs.has(slug), slug);
    }
  });

  it('use regions that exist and lie in the organisation’s country', () => {
    for (const org of ORGANISATIONS.filter((o) => o.region)) {
      const region = regionBySlug.get(org.region as string);
      assert.ok(region, `${org.slug}: unknown region ${org.region}`);
      assert.equal(region.country, org.country, `${org.slug}: region outside country`);
    }
  });

  it('have names and aliases that resolve to exactly one organisation', () => {
    const owner = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      for (const label of [org.name, org.shortName, ...(org.aliases ?? [])]) {
        if (!label) continue;
        assert.ok(label.trim().length > 0, `${org.slug}: empty alias`);
        const key = nameKey(label);
        const previous = owner.get(key);
        assert.ok(
          previous === undefined || previous === org.slug,
          `"${label}" of ${org.slug} also names ${previous}`,
        );
        owner.set(key, org.slug);
      }
    }
  });

  it('carry the required aliases', () => {
    const aliases = (slug: string) => ORGANISATIONS.find((o) => o.slug === slug)?.aliases ?? [];
    for (const a of [
      'PBT',
      'Platform Bèta Techniek',
      'Dutch National STEM Platform',
      'Dutch national STEM platform',
    ])
      assert.ok(aliases('ptvt').includes(a), a);
    for (const a of [
      'NCR',
      'NSR',
      'Nasjonalt senter for realfagsrekruttering',
      'Norwegian National Centre for Science Recruitment',
    ])
      assert.ok(aliases('ncsr').includes(a), a);
    for (const a of ['Innobasque', 'Basque Innovation Agency'])
      assert.ok(aliases('innobasque').includes(a), a);
    for (const a of ['Eusko Jaurlaritza', 'Gobierno Vasco'])
      assert.ok(aliases('government-of-the-basque-country').includes(a), a);
    assert.ok(aliases('naturvidenskabernes-hus').includes('House of Natural Sciences'));
  });

  it('are described in English, and in Dutch for Dutch organisations and members', () => {
    for (const org of ORGANISATIONS) {
      assert.ok(org.description.en.trim().length > 40, `${org.slug}: en description`);
      if (org.country === 'NL' || org.membership)
        assert.ok((org.description.nl ?? '').trim().length > 40, `${org.slug}: nl description`);
    }
  });
});

describe('demo items', () => {
  it('number at least 60, with unique kebab slugs', () => {
    assert.ok(ITEMS.length >= 60, `only ${ITEMS.length} items`);
    assert.equal(itemSlugs.size, ITEMS.length, 'duplicate item slug');
    for (const item of ITEMS) assert.match(item.slug, SLUG, item.slug);
  });

  it('use the closed vocabularies', () => {
    for (const item of ITEMS) {
      assert.ok(isOneOf(ITEM_TYPES, item.type), `${item.slug}: type`);
      for (const c of item.countries ?? [])
        assert.ok(isOneOf(COUNTRY_CODES, c), `${item.slug}: country ${c}`);
      for (const l of item.levels ?? []) assert.ok(isOneOf(LEVELS, l), `${item.slug}: level ${l}`);
      for (const t of item.themes ?? []) assert.ok(isOneOf(THEMES, t), `${item.slug}: theme ${t}`);
      const classified = TYPE_SPECS[item.type].classified;
      if (!classified)
        assert.ok(
          !item.levels?.length && !item.themes?.length,
          `${item.slug}: ${item.type} takes no levels or themes`,
        );
    }
  });

  it('reference organisations, regions and items that exist', () => {
    for (const item of ITEMS) {
      for (const slug of [
        item.organisation,
        ...(item.sources ?? []),
        ...(item.hosts ?? []),
        ...(item.partners ?? []),
      ]) {
        if (slug !== undefined) assert.ok(orgSlugs.has(slug), `${item.slug}: unknown organisation ${slug}`);
      }
      for (const slug of item.regions ?? []) {
        const region = regionBySlug.get(slug);
        assert.ok(region, `${item.slug}: unknown region ${slug}`);
        assert.ok(
          (item.countries ?? []).includes(region.country),
          `${item.slug}: region ${slug} outside the item’s countries`,
        );
      }
      for (const slug of item.related ?? []) {
        assert.ok(itemSlugs.has(slug), `${item.slug}: unknown related item ${slug}`);
        assert.notEqual(slug, item.slug, `${item.slug}: related to itself`);
      }
    }
  });

  it('link organisations only in the roles their type allows', () => {
    const roles: [keyof SeedItem, OrgRole][] = [
      ['organisation', 'owner'],
      ['sources', 'source'],
      ['hosts', 'host'],
      ['partners', 'partner'],
    ];
    for (const item of ITEMS) {
      for (const [key, role] of roles) {
        const value = item[key];
        const present = Array.isArray(value) ? value.length > 0 : value !== undefined;
        if (present)
          assert.ok(
            TYPE_SPECS[item.type].orgRoles.includes(role),
            `${item.slug}: ${item.type} has no ${role}`,
          );
      }
    }
  });

  it('set only the neutral fields of their type, with valid dates and addresses', () => {
    for (const item of ITEMS) {
      const allowed = TYPE_SPECS[item.type].neutral;
      for (const field of NEUTRAL_FIELDS) {
        if (item[field] !== undefined)
          assert.ok(allowed.includes(field), `${item.slug}: ${item.type} takes no ${field}`);
      }
      if (item.publishedOn)
        assert.ok(isRealDate(item.publishedOn, DAY), `${item.slug}: publishedOn ${item.publishedOn}`);
      if (item.startsOn)
        assert.ok(isRealDate(item.startsOn, DAY_TIME), `${item.slug}: startsOn ${item.startsOn}`);
      if (item.endsOn) {
        assert.ok(isRealDate(item.endsOn, DAY_TIME), `${item.slug}: endsOn ${item.endsOn}`);
        assert.ok(item.startsOn && item.endsOn >= item.startsOn, `${item.slug}: ends before it starts`);
      }
      if (item.yearStart && item.yearEnd) assert.ok(item.yearEnd >= item.yearStart, `${item.slug}: years`);
      for (const url of [item.externalUrl, item.registrationUrl, item.onlineUrl])
        if (url) assert.doesNotThrow(() => new URL(url), `${item.slug}: ${url}`);
      if (TYPE_SPECS[item.type].calendar)
        assert.ok(item.startsOn, `${item.slug}: calendar item without a start`);
    }
  });

  it('can be read in English, and in Dutch when Dutch', () => {
    for (const item of ITEMS) {
      const en = item.versions.en;
      assert.ok(en, `${item.slug}: no English version`);
      for (const [lang, v] of versionsOf(item)) {
        assert.ok(v.title.trim(), `${item.slug}/${lang}: title`);
        assert.ok(v.summary.trim(), `${item.slug}/${lang}: summary`);
        assert.ok(v.body.trim(), `${item.slug}/${lang}: body`);
      }
      if (isDutch(item))
        assert.equal(item.originalLang, 'nl', `${item.slug}: Dutch item should be Dutch-original`);
      if (item.originalLang === 'nl')
        assert.ok(item.versions.nl, `${item.slug}: Dutch original without a Dutch version`);
    }
  });

  it('leave some non-Dutch items without Dutch, so the fallback shows', () => {
    const foreign = ITEMS.filter((i) => !isDutch(i));
    const withoutNl = foreign.filter((i) => !i.versions.nl);
    assert.ok(
      withoutNl.length >= foreign.length / 5 && withoutNl.length <= foreign.length / 2,
      `${withoutNl.length} of ${foreign.length}`,
    );
  });

  it('use only the text fields of their type, never empty or "-"', () => {
    for (const item of ITEMS) {
      const allowed = TYPE_SPECS[item.type].text;
      for (const [lang, v] of versionsOf(item)) {
        for (const [field, value] of Object.entries(v.fields ?? {})) {
          assert.ok(
            (allowed as readonly string[]).includes(field),
            `${item.slug}/${lang}: ${item.type} has no field ${field}`,
          );
          assert.ok(
            typeof value === 'string' && value.trim() !== '' && value.trim() !== '-',
            `${item.slug}/${lang}: empty ${field}`,
          );
        }
      }
    }
  });

  it('keep the timeline items public and their English published', () => {
    const timeline = [
      'beta-techmentality-model',
      'basque-steam-strategy',
      'jnt-tool-page',
      'jet-net-technet-programme',
      'technology-pact-2016-2020',
      'norwegian-stakeholder-consultation-2018',
      'technology-pact-monitor-highlights-2020',
      'university-world-news-danish-pact',
      'norwegian-close-to-stem-strategy',
    ];
    for (const slug of timeline) {
      const item = ITEMS.find((i) => i.slug === slug);
      assert.ok(item, slug);
      assert.notEqual(item.visibility, 'members', slug);
      assert.equal(item.versions.en?.state ?? 'published', 'published', slug);
    }
    const jntn = ITEMS.find((i) => i.slug === 'jet-net-technet-programme');
    assert.equal(jntn?.yearStart, undefined, 'the JNTN programme is undated');
    assert.ok(jntn?.sourceNote, 'the JNTN programme explains its sources');
  });

  it('give the editorial workflow something to show', () => {
    const states = ITEMS.flatMap((i) => versionsOf(i).map(([, v]) => v.state ?? 'published'));
    assert.equal(states.filter((s) => s === 'review').length, 2);
    assert.equal(states.filter((s) => s === 'draft').length, 1);
    assert.equal(ITEMS.filter((i) => i.visibility === 'members').length, 1);
  });
});

describe('demo content as a whole', () => {
  it('names no real person', () => {
    const text = JSON.stringify({ ORGANISATIONS, ITEMS });
    for (const name of REAL_SURNAMES) {
      assert.doesNotMatch(text, new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'iu'), name);
    }
  });
});
