// Organisations of an import. Each is matched by slug (then its record is brought up to date),
// else by name, short name or alias through resolveOrganisationName (then it is the same
// organisation under another spelling: its slug points to the existing record, whose fields are
// left alone), else created. Items may also name organisations that exist only in the database.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import {
  addAlias,
  findOrganisationById,
  findOrganisationBySlug,
  insertOrganisation,
  resolveOrganisationName,
  setOrganisationText,
  updateOrganisationFields,
  updateOrganisationRecord,
  upsertMembership,
  type Organisation,
} from '../organisations/service.ts';
import { listRegions } from '../reference/service.ts';
import type { ExchangeDocument, ExchangeItem, ExchangeOrganisation } from './domain/format.ts';

/** A slug in the database, following a merge to the surviving record. */
async function bySlug(db: Kysely<DB>, slug: string): Promise<Organisation | null> {
  const org = await findOrganisationBySlug(db, slug);
  return org?.mergedIntoId ? findOrganisationById(db, org.mergedIntoId) : org;
}

function referencedSlugs(items: ExchangeItem[]): Set<string> {
  const out = new Set<string>();
  for (const item of items) {
    if (item.organisation) out.add(item.organisation);
    for (const o of item.links?.organisations ?? []) out.add(o.slug);
  }
  return out;
}

/** Organisation slugs the items may use: those in the file and those already stored. */
export async function resolveOrganisationSlugs(
  db: Kysely<DB>,
  orgs: ExchangeOrganisation[],
  items: ExchangeItem[],
): Promise<Set<string>> {
  const known = new Set(orgs.map((o) => o.slug));
  for (const slug of referencedSlugs(items))
    if (!known.has(slug) && (await bySlug(db, slug))) known.add(slug);
  return known;
}

async function byAnyName(db: Kysely<DB>, org: ExchangeOrganisation): Promise<Organisation | null> {
  for (const name of [org.name, org.shortName, ...(org.aliases ?? [])]) {
    if (!name) continue;
    const found = await resolveOrganisationName(db, name);
    if (found) return found;
  }
  return null;
}

async function writeDetails(
  deps: Deps,
  db: Kysely<DB>,
  id: string,
  org: ExchangeOrganisation,
  now: string,
): Promise<void> {
  for (const [lang, description] of Object.entries(org.descriptions ?? {}))
    if (description) await setOrganisationText(db, id, lang, description);
  for (const alias of org.aliases ?? []) await addAlias(db, deps.newId(), id, alias);
  if (org.membership)
    await upsertMembership(db, {
      id: deps.newId(),
      organisationId: id,
      role: org.membership.role,
      memberSince: org.membership.memberSince,
      status: org.membership.status,
      now,
    });
}

export async function importOrganisations(
  deps: Deps,
  db: Kysely<DB>,
  doc: ExchangeDocument,
  now: string,
): Promise<{ ids: Map<string, string>; created: number; matched: number }> {
  const regions = new Map((await listRegions(db)).map((r) => [r.slug, r.id]));
  const ids = new Map<string, string>();
  let created = 0;
  let matched = 0;
  for (const org of doc.organisations ?? []) {
    const fields = {
      name: org.name,
      shortName: org.shortName ?? null,
      kind: org.kind,
      countryCode: org.country ?? null,
      regionId: org.region ? (regions.get(org.region) ?? null) : null,
      website: org.website ?? null,
      logoUrl: org.logoUrl ?? null,
    };
    const same = await bySlug(db, org.slug);
    if (same) {
      await updateOrganisationRecord(deps, db, same, fields, org.aliases ?? [], now);
      await writeDetails(deps, db, same.id, org, now);
      ids.set(org.slug, same.id);
      matched++;
      continue;
    }
    const spelledOtherwise = await byAnyName(db, org);
    if (spelledOtherwise) {
      ids.set(org.slug, spelledOtherwise.id);
      matched++;
      continue;
    }
    const id = deps.newId();
    await insertOrganisation(db, { id, slug: org.slug, ...fields, now });
    await updateOrganisationFields(db, id, fields, now);
    await writeDetails(deps, db, id, org, now);
    ids.set(org.slug, id);
    created++;
  }
  for (const slug of referencedSlugs(doc.items)) {
    if (ids.has(slug)) continue;
    const stored = await bySlug(db, slug);
    if (stored) ids.set(slug, stored.id);
  }
  return { ids, created, matched };
}
