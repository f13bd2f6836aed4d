// Importing a `helix-export` document: all or nothing. The text is parsed and checked first
// (syntax, schema, then references against the database, inside the transaction); with any
// problem nothing is written. Otherwise organisations and items are upserted by slug in ONE
// transaction through the owners' exchange services (items/service-exchange.ts, which keeps the
// item rules: revisions, listing, search index; organisations; taskforces/service-exchange.ts for
// the dossiers' details and timeline), with one audit entry.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { iso } from '../../lib/clock.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../items/policy.ts';
import type { ItemLinks, VersionText } from '../items/domain/records.ts';
import {
  existingItems,
  finishImportedItem,
  writeImportedLinks,
  writeImportedRecord,
  writeImportedVersion,
} from '../items/service-exchange.ts';
import type { NeutralField } from '../items/domain/type-specs.ts';
import { DOSSIER_TYPE } from '../../kernel/content-types.ts';
import { listRegions } from '../reference/service.ts';
import { writeDossier } from '../taskforces/service-exchange.ts';
import { checkDossiers, dossierReferences } from './domain/dossiers.ts';
import type { ExchangeDocument, ExchangeItem, ExchangeText, ExchangeVersion } from './domain/format.ts';
import { importOrganisations, resolveOrganisationSlugs } from './service-import-organisations.ts';
import { MAX_PROBLEMS, parseImport, type ImportProblem, type Locate } from './domain/parse.ts';
import { canImport } from './policy.ts';

export interface ImportCounts {
  organisations: { created: number; matched: number };
  items: { created: number; updated: number };
  versions: number;
}

export type ImportOutcome =
  | { ok: true; counts: ImportCounts }
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'invalid'; problems: ImportProblem[] };

class Invalid extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('import refused');
  }
}

function duplicates(slugs: string[], list: 'items' | 'organisations', locate: Locate): ImportProblem[] {
  const seen = new Map<string, number>();
  return slugs.flatMap((slug, i) => {
    const first = seen.get(slug);
    if (first === undefined) {
      seen.set(slug, i);
      return [];
    }
    return [locate(`/${list}/${i}/slug`, 'api.problem.duplicate', { slug, other: `${list}[${first}]` })];
  });
}

/** Everything the schema cannot know: duplicates, references, slugs taken by other records. */
async function checkReferences(
  trx: Kysely<DB>,
  doc: ExchangeDocument,
  locate: Locate,
): Promise<{ problems: ImportProblem[]; existing: Awaited<ReturnType<typeof existingItems>> }> {
  const orgs = doc.organisations ?? [];
  const problems = [
    ...duplicates(
      orgs.map((o) => o.slug),
      'organisations',
      locate,
    ),
    ...duplicates(
      doc.items.map((i) => i.slug),
      'items',
      locate,
    ),
  ];
  const fileSlugs = new Set(doc.items.map((i) => i.slug));
  const related = doc.items.flatMap((i) => i.links?.related ?? []);
  const existing = await existingItems(trx, [
    ...new Set([...fileSlugs, ...related, ...dossierReferences(doc)]),
  ]);
  const knownOrgs = await resolveOrganisationSlugs(trx, orgs, doc.items);
  doc.items.forEach((item, i) => {
    const found = existing.get(item.slug);
    if (found?.deleted)
      problems.push(locate(`/items/${i}/slug`, 'api.problem.deletedSlug', { slug: item.slug }));
    else if (found && found.type !== item.type)
      problems.push(
        locate(`/items/${i}/type`, 'api.problem.typeChange', { slug: item.slug, type: found.type }),
      );
    if (item.organisation && !knownOrgs.has(item.organisation))
      problems.push(
        locate(`/items/${i}/organisation`, 'api.problem.unknownOrganisation', { slug: item.organisation }),
      );
    (item.links?.organisations ?? []).forEach((o, j) => {
      if (!knownOrgs.has(o.slug))
        problems.push(
          locate(`/items/${i}/links/organisations/${j}/slug`, 'api.problem.unknownOrganisation', {
            slug: o.slug,
          }),
        );
    });
    (item.links?.related ?? []).forEach((slug, j) => {
      const target = existing.get(slug);
      if (!fileSlugs.has(slug) && (!target || target.deleted))
        problems.push(locate(`/items/${i}/links/related/${j}`, 'api.problem.unknownItem', { slug }));
    });
    for (const [lang, v] of Object.entries(item.versions)) {
      if (v?.state === 'archived' && v.live)
        problems.push(locate(`/items/${i}/versions/${lang}/live`, 'api.problem.archivedLive'));
    }
  });
  problems.push(...checkDossiers(doc, existing, locate));
  return { problems: problems.sort((a, b) => a.line - b.line).slice(0, MAX_PROBLEMS), existing };
}

const toText = (t: ExchangeText): VersionText => ({
  title: t.title,
  summary: t.summary,
  body: t.body,
  fields: Object.fromEntries(
    Object.entries(t.fields ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  ),
});

/** Bring one language version to the imported state: working text, state, live text, date. */
async function writeVersion(
  deps: Deps,
  trx: Kysely<DB>,
  actor: Actor,
  itemId: string,
  lang: string,
  v: ExchangeVersion,
  now: string,
): Promise<void> {
  const working = toText(v);
  // A "published" version without a live text publishes its working text.
  const live = v.live ? toText(v.live) : v.state === 'published' ? working : null;
  await writeImportedVersion(
    deps,
    trx,
    actor,
    itemId,
    lang,
    { working, state: v.state, live, publishedAt: v.publishedAt ?? null },
    now,
  );
}

function neutralOf(item: ExchangeItem): Partial<Record<NeutralField, string | number | null>> {
  return Object.fromEntries(Object.entries(item.neutral ?? {}).map(([k, v]) => [k, v ?? null]));
}

function linksOf(
  item: ExchangeItem,
  orgIds: Map<string, string>,
  regions: Map<string, string>,
  related: string[],
): ItemLinks {
  const links = item.links ?? {};
  return {
    organisations: (links.organisations ?? []).map((o) => ({ id: orgIds.get(o.slug)!, role: o.role })),
    countries: links.countries ?? [],
    regions: (links.regions ?? []).map((slug) => regions.get(slug)!).filter(Boolean),
    levels: links.levels ?? [],
    themes: links.themes ?? [],
    related,
  };
}

async function writeItems(
  deps: Deps,
  trx: Kysely<DB>,
  actor: Actor,
  doc: ExchangeDocument,
  orgIds: Map<string, string>,
  existing: Map<string, { id: string }>,
  now: string,
) {
  const regions = new Map((await listRegions(trx)).map((r) => [r.slug, r.id]));
  const ids = new Map<string, string>();
  const counts = { created: 0, updated: 0, versions: 0 };
  // First every record, so related items can point to items later in the file.
  for (const item of doc.items) {
    const record = {
      slug: item.slug,
      type: item.type,
      originalLang: item.originalLang,
      visibility: item.visibility,
      organisationId: item.organisation ? orgIds.get(item.organisation)! : null,
      neutral: neutralOf(item),
      sourceNote: item.sourceNote ?? null,
    };
    const found = existing.get(item.slug);
    ids.set(item.slug, await writeImportedRecord(deps, trx, actor, found?.id ?? null, record, now));
    if (found) counts.updated++;
    else counts.created++;
  }
  for (const item of doc.items) {
    const id = ids.get(item.slug)!;
    // Related items are in the file or already stored (checkReferences made sure).
    const related = (item.links?.related ?? []).map((slug) => ids.get(slug) ?? existing.get(slug)!.id);
    await writeImportedLinks(
      trx,
      id,
      linksOf(item, orgIds, regions, related),
      item.organisation ? orgIds.get(item.organisation)! : null,
    );
    for (const [lang, version] of Object.entries(item.versions)) {
      if (!version) continue;
      await writeVersion(deps, trx, actor, id, lang, version, now);
      counts.versions++;
    }
    await finishImportedItem(deps, trx, id, now);
  }
  // Dossiers last: their references may be to any item of the file (checkDossiers made sure).
  const idOf = (slug: string) => ids.get(slug) ?? existing.get(slug)!.id;
  for (const item of doc.items) {
    if (item.type === DOSSIER_TYPE)
      await writeDossier(deps, trx, actor, ids.get(item.slug)!, item.dossier, idOf, now);
  }
  return counts;
}

export async function importLibrary(deps: Deps, actor: Actor | null, text: string): Promise<ImportOutcome> {
  if (!actor || !canImport(actor)) return { ok: false, reason: 'forbidden' };
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid', problems: parsed.problems };
  const { doc, locate } = parsed;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const { problems, existing } = await checkReferences(trx, doc, locate);
      if (problems.length) throw new Invalid(problems);
      const now = iso(deps.clock.now());
      const orgs = await importOrganisations(deps, trx, doc, now);
      const written = await writeItems(deps, trx, actor, doc, orgs.ids, existing, now);
      const counts: ImportCounts = {
        organisations: { created: orgs.created, matched: orgs.matched },
        items: { created: written.created, updated: written.updated },
        versions: written.versions,
      };
      await recordAudit(deps, trx, {
        actorId: actor.id,
        action: 'library.imported',
        subjectType: 'library',
        subjectId: null,
        details: { ...counts },
      });
      return { ok: true as const, counts };
    });
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: 'invalid', problems: error.problems };
    throw error;
  }
}
