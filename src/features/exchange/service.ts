// The library as one `helix-export` document. Visitors get what the site shows (published,
// public, live text only); editors get every item that is not deleted, with the working text
// and state of each language version beside its live text, so an import restores both.
// Taskforce dossiers carry their details and timeline; a reference (timeline item, predecessor,
// successor) is written only when the item it names is in the same export — for visitors that is
// the timeline rule of the dossier pages (taskforces/service-read.ts `visibleIds`) — so the document
// always imports again. Everything is sorted, so the same library exports the same document.
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import type { Actor } from '../items/policy.ts';
import type { ItemRecord, VersionRecord, VersionText } from '../items/domain/records.ts';
import { TEXT_FIELDS } from '../items/domain/type-specs.ts';
import { group, readItemExportRows, type ItemExportRows } from '../items/service-exchange.ts';
import { listOrganisations, type Organisation } from '../organisations/service.ts';
import { CONTENT_LANGUAGES } from '../reference/domain/vocabulary.ts';
import { listRegions } from '../reference/service.ts';
import { visibleIds } from '../taskforces/service-read.ts';
import {
  listAllEntries,
  listDetails,
  type DossierDetails,
  type TimelineEntry,
} from '../taskforces/service-exchange.ts';
import { TASKFORCE_INSTRUMENTS } from '../taskforces/domain/vocabulary.ts';
import { DOSSIER_TYPE } from '../../kernel/content-types.ts';
import type { Static } from 'typebox';
import type {
  ExchangeDossier,
  ExchangeItem,
  ExchangeOrganisation,
  ExchangeText,
  ExchangeTimelineEntry,
  ExchangeVersion,
  ExportDocument,
} from './domain/format.ts';
import { canExportEverything } from './policy.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the export reads: items with versions and links, and the dossiers' details and timelines. */
interface ExportRows extends ItemExportRows {
  /** Dossier details by item id. */
  dossiers: Map<string, DossierDetails>;
  /** Timeline entries by dossier (item) id. */
  timelines: Map<string, TimelineEntry[]>;
}

async function readExportRows(deps: Deps, everything: boolean): Promise<ExportRows> {
  const [rows, details, entries] = await Promise.all([
    readItemExportRows(deps.db, everything),
    listDetails(deps.db),
    listAllEntries(deps.db),
  ]);
  const keep = new Set(rows.items.map((i) => i.id));
  return {
    ...rows,
    dossiers: new Map(details.filter((d) => keep.has(d.itemId)).map((d) => [d.itemId, d])),
    timelines: group(
      entries,
      (e) => e.taskforceId,
      (e) => e,
      keep,
    ),
  };
}

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
    membership: org.membership
      ? {
          ...org.membership,
          role: org.membership.role as NonNullable<ExchangeOrganisation['membership']>['role'],
        }
      : null,
  };
}

type Languages = Partial<Record<(typeof CONTENT_LANGUAGES)[number], string>>;

/** Texts per content language, sorted by code; blank ones left out where the format forbids them. */
function languages(texts: Record<string, string>, { blank = true } = {}): Languages {
  return Object.fromEntries(
    Object.entries(texts)
      .filter(
        ([lang, value]) =>
          (CONTENT_LANGUAGES as readonly string[]).includes(lang) && (blank || /\S/.test(value)),
      )
      .sort(([a], [b]) => byText(a, b)),
  );
}

function timelineEntry(
  e: TimelineEntry,
  referable: (id: string | null) => ItemRecord | undefined,
): ExchangeTimelineEntry | null {
  const notes = languages(e.notes);
  if (e.kind === 'milestone') {
    const titles = languages(e.titles, { blank: false });
    // The dossier page drops a milestone without a title; so does the export.
    return Object.keys(titles).length ? { kind: 'milestone', date: e.entryDate, titles, notes } : null;
  }
  const target = referable(e.itemId);
  return target && target.type !== DOSSIER_TYPE
    ? { kind: 'item', item: target.slug, date: e.entryDate, notes }
    : null;
}

/** Undated entries last; then kind, the item slug or the first title; the whole entry breaks ties. */
function entryKey(e: ExchangeTimelineEntry): string[] {
  return [e.date ?? '~', e.kind, e.item ?? Object.values(e.titles ?? {})[0] ?? '', JSON.stringify(e)];
}
function byKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return byText(a[i]!, b[i]!);
  return 0;
}

function dossier(
  d: DossierDetails,
  entries: TimelineEntry[],
  referable: (id: string | null) => ItemRecord | undefined,
): ExchangeDossier {
  const neighbour = (id: string | null) => {
    const target = referable(id);
    return target && target.type === DOSSIER_TYPE && target.id !== d.itemId ? target.slug : null;
  };
  return {
    status: d.status,
    instruments: d.instruments.filter(
      (x, i, all) => (TASKFORCE_INSTRUMENTS as readonly string[]).includes(x) && all.indexOf(x) === i,
    ) as ExchangeDossier['instruments'],
    predecessor: neighbour(d.predecessorId),
    successor: neighbour(d.successorId),
    statusChangedAt: d.statusChangedAt,
    timeline: entries
      .flatMap((e) => timelineEntry(e, referable) ?? [])
      .map((e) => ({ e, key: entryKey(e) }))
      .sort((a, b) => byKeys(a.key, b.key))
      .map(({ e }) => e),
  };
}

interface Names {
  orgs: Map<string, string>;
  regions: Map<string, string>;
  items: Map<string, string>;
  /** Items a dossier may refer to: those in this export (and, for visitors, visible on the dossier page). */
  referable: (id: string | null) => ItemRecord | undefined;
}

function item(i: ItemRecord, rows: ExportRows, names: Names, everything: boolean): ExchangeItem {
  const slugsOf = (ids: string[] | undefined, map: Map<string, string>) =>
    (ids ?? []).flatMap((id) => (map.has(id) ? [map.get(id)!] : [])).sort(byText);
  const sorted = (values: string[] | undefined) => [...(values ?? [])].sort(byText);
  const organisations = (rows.organisations.get(i.id) ?? [])
    .flatMap((o) =>
      names.orgs.has(o.organisationId) ? [{ slug: names.orgs.get(o.organisationId)!, role: o.role }] : [],
    )
    .sort((a, b) => byText(`${a.slug} ${a.role}`, `${b.slug} ${b.role}`));
  const details = i.type === DOSSIER_TYPE ? rows.dossiers.get(i.id) : undefined;
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
      regions: slugsOf(rows.regions.get(i.id), names.regions) as NonNullable<
        ExchangeItem['links']
      >['regions'],
      levels: sorted(rows.levels.get(i.id)) as NonNullable<ExchangeItem['links']>['levels'],
      themes: sorted(rows.themes.get(i.id)) as NonNullable<ExchangeItem['links']>['themes'],
      related: slugsOf(rows.related.get(i.id), names.items),
    },
    versions: Object.fromEntries(
      (rows.versions.get(i.id) ?? []).map((v) => [v.lang, version(v, everything)]),
    ),
    ...(details ? { dossier: dossier(details, rows.timelines.get(i.id) ?? [], names.referable) } : {}),
  };
}

/** Items the dossiers of the export refer to: timeline items, predecessors and successors. */
function referencedIds(rows: ExportRows): Set<string> {
  const ids = new Set<string>();
  for (const d of rows.dossiers.values())
    for (const id of [d.predecessorId, d.successorId]) if (id) ids.add(id);
  for (const entries of rows.timelines.values()) for (const e of entries) if (e.itemId) ids.add(e.itemId);
  return ids;
}

export async function exportLibrary(deps: Deps, actor: Actor | null): Promise<Static<typeof ExportDocument>> {
  const everything = canExportEverything(actor);
  const [orgs, regions, rows] = await Promise.all([
    listOrganisations(deps.db),
    listRegions(deps.db),
    readExportRows(deps, everything),
  ]);
  const regionSlugs = new Map(regions.map((r) => [r.id, r.slug]));
  const exported = rows.items.filter((i) => rows.versions.has(i.id));
  const inExport = new Map(exported.map((i) => [i.id, i]));
  // Visitors: only what the dossier pages show a visitor (listed, public, not deleted).
  const visible = everything
    ? null
    : await visibleIds(
        deps.db,
        [...referencedIds(rows)].filter((id) => inExport.has(id)),
        null,
      );
  const names: Names = {
    orgs: new Map(orgs.map((o) => [o.id, o.slug])),
    regions: regionSlugs,
    items: new Map(rows.items.map((i) => [i.id, i.slug])),
    referable: (id) => (id && (!visible || visible.has(id)) ? inExport.get(id) : undefined),
  };
  return {
    format: 'helix-export',
    version: 1,
    exportedAt: iso(deps.clock.now()),
    organisations: orgs.map((o) => organisation(o, regionSlugs)).sort((a, b) => byText(a.slug, b.slug)),
    items: exported.map((i) => item(i, rows, names, everything)),
  };
}
