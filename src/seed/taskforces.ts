// Loads the demo taskforce dossiers (src/seed/content/taskforces.ts) through the taskforce and
// items services, after the knowledge items they reference exist.
import type { Deps } from '../deps.ts';
import type { Actor } from '../features/items/policy.ts';
import { saveVersion, transition } from '../features/items/service.ts';
import { itemIdBySlug } from '../features/items/service-read.ts';
import { findOrganisationIdBySlug } from '../features/organisations/service.ts';
import { listRegions } from '../features/reference/service.ts';
import { findDetails } from '../features/taskforces/service-read.ts';
import {
  addMilestone,
  addTimelineItem,
  createDossier,
  updateDetails,
} from '../features/taskforces/service.ts';
import { DOSSIERS } from './content/taskforces.ts';
import type { SeedDossier, SeedDossierVersion } from './content/taskforce-types.ts';

async function ids(deps: Deps, slugs: string[], what: string): Promise<string[]> {
  const out: string[] = [];
  for (const slug of slugs) {
    const id = await findOrganisationIdBySlug(deps.db, slug);
    if (!id) throw new Error(`Demo dossier refers to unknown ${what} "${slug}"`);
    out.push(id);
  }
  return out;
}

async function itemId(deps: Deps, slug: string): Promise<string> {
  const id = await itemIdBySlug(deps.db, slug);
  if (!id) throw new Error(`Demo dossier refers to unknown item "${slug}"`);
  return id;
}

const text = (v: SeedDossierVersion) => ({
  title: v.title,
  summary: v.summary,
  body: v.background,
  fields: Object.fromEntries(
    Object.entries({ objectives: v.objectives, results: v.results }).filter((e) => e[1].trim() !== ''),
  ),
});

async function publishAs(
  deps: Deps,
  actor: Actor,
  id: string,
  lang: string,
  state: SeedDossierVersion['state'],
): Promise<void> {
  if ((state ?? 'published') === 'published') await transition(deps, actor, id, lang, 'publish');
  else if (state === 'review') await transition(deps, actor, id, lang, 'submit');
}

async function seedDossier(deps: Deps, actor: Actor, d: SeedDossier): Promise<string> {
  const existing = await itemIdBySlug(deps.db, d.slug);
  if (existing) return existing;
  const regions = d.regions?.length
    ? (await listRegions(deps.db)).filter((r) => d.regions!.includes(r.slug))
    : [];
  const first = d.versions[d.originalLang] ?? d.versions.en;
  const created = await createDossier(deps, actor, {
    slug: d.slug,
    lang: d.versions[d.originalLang] ? d.originalLang : 'en',
    title: first.title,
    summary: first.summary,
    background: first.background,
    objectives: first.objectives,
    results: first.results,
    countryCodes: d.countries,
    regionIds: regions.map((r) => r.id),
    requesterIds: await ids(deps, d.requesters, 'organisation'),
    platformIds: await ids(deps, d.platforms ?? [], 'organisation'),
    startsOn: d.startsOn,
    endsOn: d.endsOn ?? null,
    status: d.status,
    instruments: d.instruments,
  });
  if (!created.ok) throw new Error(`Could not seed dossier ${d.slug}: ${created.reason}`);
  const firstLang = d.versions[d.originalLang] ? d.originalLang : 'en';
  await publishAs(deps, actor, created.id, firstLang, first.state);
  for (const [lang, version] of Object.entries(d.versions)) {
    if (lang === firstLang || !version) continue;
    await saveVersion(deps, actor, created.id, lang, text(version), { note: 'demo content' });
    await publishAs(deps, actor, created.id, lang, version.state);
  }
  for (const entry of d.timeline) {
    if (entry.item) {
      const result = await addTimelineItem(
        deps,
        actor,
        created.id,
        await itemId(deps, entry.item),
        entry.note ?? {},
        entry.date ?? null,
      );
      if (!result.ok) throw new Error(`Could not add ${entry.item} to ${d.slug}: ${result.reason}`);
    } else if (entry.milestone) {
      await addMilestone(deps, actor, created.id, {
        date: entry.milestone.date,
        titles: entry.milestone.title,
        notes: entry.note ?? {},
      });
    }
  }
  return created.id;
}

export async function seedTaskforces(deps: Deps, actor: Actor): Promise<number> {
  const created = new Map<string, string>();
  for (const d of DOSSIERS) created.set(d.slug, await seedDossier(deps, actor, d));
  // Succession last, once both dossiers exist: setting the successor also sets the predecessor.
  for (const d of DOSSIERS) {
    if (!d.predecessor) continue;
    const previous = created.get(d.predecessor);
    const next = created.get(d.slug);
    if (!previous || !next) throw new Error(`Unknown predecessor ${d.predecessor} of ${d.slug}`);
    const details = await findDetails(deps.db, previous);
    if (!details || details.successorId === next) continue;
    const result = await updateDetails(deps, actor, previous, {
      status: details.status,
      instruments: details.instruments,
      predecessorId: details.predecessorId,
      successorId: next,
    });
    if (!result.ok) throw new Error(`Could not link ${d.predecessor} → ${d.slug}: ${result.reason}`);
  }
  return DOSSIERS.length;
}
