// The library as one `helix-export` document. Visitors get what the site shows (published,
// public, live text only); editors get every item that is not deleted, with the working text
// and state of each language version beside its live text, so an import restores both.
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import type { Actor } from '../items/policy.ts';
import type { ItemRecord, VersionRecord, VersionText } from '../items/repository.ts';
import { TEXT_FIELDS } from '../items/type-specs.ts';
import { listOrganisations, type Organisation } from '../organisations/repository.ts';
import { listRegions } from '../reference/repository.ts';
import type { Static } from 'typebox';
import type { ExchangeItem, ExchangeOrganisation, ExchangeText, ExchangeVersion, ExportDocument } from './exchange-schema.ts';
import { readExportRows, type ExportRows } from './exchange-repository.ts';
import { canExportEverything } from './policy.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function text(t: VersionText): ExchangeText {
  const fields: Record<string, string> = {};
  for (const f of TEXT_FIELDS) if (typeof t.fields[f] === 'string') fields[f] = t.fields[f];
  return { title: t.title, summary: t.summary, body: t.body, fields };
}

function version(v: VersionRecord, everything: boolean): ExchangeVersion {
  if (!everything) {
    // Visitors see the live text only; it is both the text and what is published.
    const live = text(v.live!);
    return { ...live, state: 'published', live, publishedAt: v.publishedAt };
  }
  return { ...text(v), state: v.state, live: v.live ? text(v.live) : null, publishedAt: v.publishedAt };
}

function organisation(org: Organisation, regionSlugs: Map<string, string>): ExchangeOrganisation {
  return {
    slug: org.slug,
    name: org.name,
    shortName: org.shortName,
    kind: org.kind as ExchangeOrganisation['kind'],
    country: org.countryCode as ExchangeOrganisation['country'],
    region: (org.regionId ? regionSlugs.get(org.regionId) : null) ?? null,
    website: org.website,
    logoUrl: org.logoUrl,
    aliases: [...org.aliases].sort(byText),
    descriptions: Object.fromEntries(Object.entries(org.descriptions).sort(([a], [b]) => byText(a, b))),
    membership: org.membership ? { ...org.membership, role: org.membership.role as NonNullable<ExchangeOrganisation['membership']>['role'] } : null,
  };
}

function item(i: ItemRecord, rows: ExportRows, names: { orgs: Map<string, string>; regions: Map<string, string>; items: Map<string, string> }, everything: boolean): ExchangeItem {
  const slugsOf = (ids: string[] | undefined, map: Map<string, string>) => (ids ?? []).flatMap((id) => (map.has(id) ? [map.get(id)!] : [])).sort(byText);
  const sorted = (values: string[] | undefined) => [...(values ?? [])].sort(byText);
  const organisations = (rows.organisations.get(i.id) ?? [])
    .flatMap((o) => (names.orgs.has(o.organisationId) ? [{ slug: names.orgs.get(o.organisationId)!, role: o.role }] : []))
    .sort((a, b) => byText(`${a.slug} ${a.role}`, `${b.slug} ${b.role}`));
  return {
    slug: i.slug,
    type: i.type,
    originalLang: i.originalLang as ExchangeItem['originalLang'],
    visibility: i.visibility,
    organisation: (i.organisationId ? names.orgs.get(i.organisationId) : null) ?? null,
    neutral: i.neutral as ExchangeItem['neutral'],
    sourceNote: i.sourceNote,
    links: {
      organisations,
      countries: sorted(rows.countries.get(i.id)) as NonNullable<ExchangeItem['links']>['countries'],
      regions: slugsOf(rows.regions.get(i.id), names.regions) as NonNullable<ExchangeItem['links']>['regions'],
      levels: sorted(rows.levels.get(i.id)) as NonNullable<ExchangeItem['links']>['levels'],
      themes: sorted(rows.themes.get(i.id)) as NonNullable<ExchangeItem['links']>['themes'],
      related: slugsOf(rows.related.get(i.id), names.items),
    },
    versions: Object.fromEntries((rows.versions.get(i.id) ?? []).map((v) => [v.lang, version(v, everything)])),
  };
}

export async function exportLibrary(deps: Deps, actor: Actor | null): Promise<Static<typeof ExportDocument>> {
  const everything = canExportEverything(actor);
  const [orgs, regions, rows] = await Promise.all([listOrganisations(deps.db), listRegions(deps.db), readExportRows(deps.db, everything)]);
  const regionSlugs = new Map(regions.map((r) => [r.id, r.slug]));
  const names = { orgs: new Map(orgs.map((o) => [o.id, o.slug])), regions: regionSlugs, items: new Map(rows.items.map((i) => [i.id, i.slug])) };
  return {
    format: 'helix-export',
    version: 1,
    exportedAt: iso(deps.clock.now()),
    organisations: orgs.map((o) => organisation(o, regionSlugs)).sort((a, b) => byText(a.slug, b.slug)),
    items: rows.items.filter((i) => rows.versions.has(i.id)).map((i) => item(i, rows, names, everything)),
  };
}
