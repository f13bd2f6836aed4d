// What the editors' dossier pages show: the dossier being edited, the other dossiers it may name
// as predecessor or successor, and the timeline editor — the search picker's results, the entries
// with their labels, and a visitor's-eye preview that says which entries a visitor would not see.
import type { Deps } from '../../deps.ts';
import { DOSSIER_TYPE } from '../../kernel/content-types.ts';
import { pickText } from '../../kernel/language.ts';
import { searchTerms } from '../../lib/text.ts';
import type { ItemRecord, VersionRecord } from '../items/domain/records.ts';
import { summaries, type ItemSummary } from '../items/service-read.ts';
import { findItemBySlug, listVersions } from '../items/service.ts';
import { searchOnce } from '../search/service.ts';
import type { OrderedTimeline } from './domain/timeline.ts';
import {
  findDetails,
  listEntries,
  otherDossierIds,
  type DossierDetails,
  type TimelineEntry,
} from './repository.ts';
import { buildTimeline } from './service-read.ts';

export interface EditedDossier {
  item: ItemRecord;
  details: DossierDetails;
  versions: VersionRecord[];
  /** The title in the original language (the working text), else any. */
  title: string;
}

/** The dossier an editor opens by its slug; null when there is no such dossier. */
export async function editedDossier(deps: Pick<Deps, 'db'>, slug: string): Promise<EditedDossier | null> {
  const item = await findItemBySlug(deps.db, slug);
  if (!item || item.type !== DOSSIER_TYPE) return null;
  const details = await findDetails(deps.db, item.id);
  if (!details) return null;
  const versions = await listVersions(deps.db, item.id);
  const title = versions.find((v) => v.lang === item.originalLang)?.title ?? versions[0]?.title ?? slug;
  return { item, details, versions, title };
}

/** The details editor: the dossier and every other dossier (for predecessor and successor). */
export async function detailsEditor(
  deps: Pick<Deps, 'db'>,
  slug: string,
  locale: string,
): Promise<{ dossier: EditedDossier; others: { id: string; title: string }[] } | null> {
  const dossier = await editedDossier(deps, slug);
  if (!dossier) return null;
  const texts = await summaries(deps.db, await otherDossierIds(deps.db, dossier.item.id), locale);
  return { dossier, others: texts.map((t) => ({ id: t.id, title: t.title })) };
}

export type EditedEntry = TimelineEntry & { label: string; hidden: boolean };

export interface TimelineEditor {
  dossier: EditedDossier;
  entries: EditedEntry[];
  preview: OrderedTimeline;
  /** The picker's results for `q` (items that are not dossiers); null before a search. */
  results: ItemSummary[] | null;
}

/** The timeline editor of a dossier, with the picker's results for `q`; null when there is no such dossier. */
export async function timelineEditor(
  deps: Pick<Deps, 'db' | 'search'>,
  slug: string,
  locale: string,
  q: string,
): Promise<TimelineEditor | null> {
  const dossier = await editedDossier(deps, slug);
  if (!dossier) return null;
  const terms = searchTerms(q);
  let results: ItemSummary[] | null = null;
  if (q.trim() !== '') {
    // Not the cached search: an editor who just published an item must find it at once.
    const hits = terms.length ? await searchOnce(deps, { terms, limit: 40 }) : [];
    const ids = [...new Set(hits.map((h) => h.itemId))].filter((id) => id !== dossier.item.id);
    results = (await summaries(deps.db, ids, locale)).filter((s) => s.type !== DOSSIER_TYPE).slice(0, 15);
  }
  const entries = await listEntries(deps.db, dossier.item.id);
  const preview = await buildTimeline(deps.db, dossier.item.id, locale, null);
  const shown = new Set([...preview.dated, ...preview.undated].map((r) => r.id));
  const itemTexts = await summaries(
    deps.db,
    entries.flatMap((e) => (e.itemId ? [e.itemId] : [])),
    locale,
  );
  const labelled = entries.map((e) => ({
    ...e,
    label:
      e.kind === 'milestone'
        ? (pickText(e.titles, locale)?.text ?? '')
        : (itemTexts.find((t) => t.id === e.itemId)?.title ?? e.itemId ?? ''),
    hidden: !shown.has(e.id),
  }));
  return { dossier, entries: labelled, preview, results };
}
