// Loads the knowledge-hub demo content (src/seed/content/) through the same services editors use,
// so the demo passes every rule the product enforces: links checked, revisions and audit written,
// search index filled by publishing.
import type { Deps } from '../deps.ts';
import { iso } from '../lib/clock.ts';
import { addRelations, createItem, saveVersion, transition } from '../features/items/service.ts';
import type { Actor } from '../features/items/policy.ts';
import type { ItemLinks } from '../features/items/domain/records.ts';
import type { NeutralField, OrgRole } from '../features/items/domain/type-specs.ts';
import {
  addAlias,
  findOrganisationIdBySlug,
  insertOrganisation,
  setOrganisationText,
  upsertMembership,
  updateOrganisationFields,
} from '../features/organisations/service.ts';
import { itemIdBySlug } from '../features/items/service-read.ts';
import { listRegions } from '../features/reference/service.ts';
import { ORGANISATIONS } from './content/organisations.ts';
import { ITEMS } from './content/items.ts';
import type { SeedItem, SeedOrganisation, SeedVersion } from './content/types.ts';

async function regionIds(deps: Deps): Promise<Map<string, string>> {
  const rows = await listRegions(deps.db);
  return new Map(rows.map((r) => [r.slug, r.id]));
}

async function seedOrganisation(
  deps: Deps,
  org: SeedOrganisation,
  regions: Map<string, string>,
): Promise<void> {
  const now = iso(deps.clock.now());
  let id = await findOrganisationIdBySlug(deps.db, org.slug);
  if (!id) {
    id = deps.newId();
    await insertOrganisation(deps.db, {
      id,
      slug: org.slug,
      name: org.name,
      shortName: org.shortName ?? null,
      kind: org.kind,
      countryCode: org.country ?? null,
      website: org.website ?? null,
      regionId: org.region ? (regions.get(org.region) ?? null) : null,
      now,
    });
  } else {
    await updateOrganisationFields(
      deps.db,
      id,
      {
        name: org.name,
        shortName: org.shortName ?? null,
        kind: org.kind,
        countryCode: org.country ?? null,
        website: org.website ?? null,
        regionId: org.region ? (regions.get(org.region) ?? null) : null,
      },
      now,
    );
  }
  for (const [lang, text] of Object.entries(org.description))
    if (text) await setOrganisationText(deps.db, id, lang, text);
  for (const alias of org.aliases ?? []) await addAlias(deps.db, deps.newId(), id, alias);
  if (org.membership) {
    await upsertMembership(deps.db, {
      id: deps.newId(),
      organisationId: id,
      role: org.membership.role,
      memberSince: org.membership.since ?? null,
      status: org.membership.status ?? 'active',
      now,
    });
  }
}

function neutralOf(item: SeedItem): Partial<Record<NeutralField, string | number | null>> {
  return {
    publishedOn: item.publishedOn ?? null,
    startsOn: item.startsOn ?? null,
    endsOn: item.endsOn ?? null,
    yearStart: item.yearStart ?? null,
    yearEnd: item.yearEnd ?? null,
    externalUrl: item.externalUrl ?? null,
    registrationUrl: item.registrationUrl ?? null,
    onlineUrl: item.onlineUrl ?? null,
    venue: item.venue ?? null,
    city: item.city ?? null,
    fundingProgramme: item.fundingProgramme ?? null,
    grantReference: item.grantReference ?? null,
  };
}

async function orgId(deps: Deps, slug: string): Promise<string> {
  const id = await findOrganisationIdBySlug(deps.db, slug);
  if (!id) throw new Error(`Demo content refers to unknown organisation "${slug}"`);
  return id;
}

async function linksOf(deps: Deps, item: SeedItem, regions: Map<string, string>): Promise<ItemLinks> {
  const organisations: { id: string; role: OrgRole }[] = [];
  for (const [role, slugs] of [
    ['source', item.sources],
    ['host', item.hosts],
    ['partner', item.partners],
  ] as const) {
    for (const slug of slugs ?? []) organisations.push({ id: await orgId(deps, slug), role });
  }
  return {
    organisations,
    countries: item.countries ?? [],
    regions: (item.regions ?? []).map((slug) => {
      const id = regions.get(slug);
      if (!id) throw new Error(`Demo content refers to unknown region "${slug}"`);
      return id;
    }),
    levels: item.levels ?? [],
    themes: item.themes ?? [],
    related: [],
  };
}

async function seedVersion(
  deps: Deps,
  actor: Actor,
  itemId: string,
  lang: string,
  version: SeedVersion,
  created: boolean,
): Promise<void> {
  const text = {
    title: version.title,
    summary: version.summary,
    body: version.body,
    fields: Object.fromEntries(
      Object.entries(version.fields ?? {}).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '',
      ),
    ),
  };
  if (!created) {
    const saved = await saveVersion(deps, actor, itemId, lang, text, { note: 'demo content' });
    if (!saved.ok) throw new Error(`Could not seed version ${lang} of ${itemId}: ${saved.reason}`);
  }
  const state = version.state ?? 'published';
  if (state === 'published') await transition(deps, actor, itemId, lang, 'publish');
  if (state === 'review') await transition(deps, actor, itemId, lang, 'submit');
}

/** Seed (or bring up to date) every demo organisation, with aliases, texts and membership. */
export async function seedOrganisations(deps: Deps): Promise<number> {
  const regions = await regionIds(deps);
  for (const org of ORGANISATIONS) await seedOrganisation(deps, org, regions);
  return ORGANISATIONS.length;
}

/** Seed organisations and knowledge items that are not there yet (matched by slug). */
export async function seedKnowledge(
  deps: Deps,
  actor: Actor,
): Promise<{ organisations: number; items: number }> {
  const regions = await regionIds(deps);
  await seedOrganisations(deps);
  const ids = new Map<string, string>();
  let created = 0;
  for (const item of ITEMS) {
    const existing = await itemIdBySlug(deps.db, item.slug);
    if (existing) {
      ids.set(item.slug, existing);
      continue;
    }
    const first = (item.versions[item.originalLang] ? item.originalLang : 'en') as 'en' | 'nl';
    const firstVersion = item.versions[first];
    if (!firstVersion) throw new Error(`Demo item ${item.slug} has no text`);
    const result = await createItem(deps, actor, {
      slug: item.slug,
      type: item.type,
      originalLang: item.originalLang,
      visibility: item.visibility ?? 'public',
      organisationId: item.organisation ? await orgId(deps, item.organisation) : null,
      neutral: neutralOf(item),
      sourceNote: item.sourceNote ?? null,
      links: await linksOf(deps, item, regions),
      lang: first,
      text: {
        title: firstVersion.title,
        summary: firstVersion.summary,
        body: firstVersion.body,
        fields: firstVersion.fields ?? {},
      },
    });
    if (!result.ok) throw new Error(`Could not seed ${item.slug}: ${result.reason} ${result.detail ?? ''}`);
    ids.set(item.slug, result.id);
    created++;
    await seedVersion(deps, actor, result.id, first, firstVersion, true);
    for (const [lang, version] of Object.entries(item.versions)) {
      if (lang !== first && version) await seedVersion(deps, actor, result.id, lang, version, false);
    }
  }
  // Relations last, once every item exists.
  for (const item of ITEMS) {
    const id = ids.get(item.slug);
    if (!id || !item.related?.length) continue;
    const related = item.related.map((slug) => ids.get(slug)).filter((x): x is string => !!x);
    await addRelations(deps.db, id, related);
  }
  return { organisations: ORGANISATIONS.length, items: created };
}
