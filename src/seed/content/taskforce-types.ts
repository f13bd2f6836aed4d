// The shape of the demo taskforce dossiers. src/seed/content/taskforces.ts holds the data;
// src/seed/taskforces.ts loads it through the taskforce and items services.
import type { CountryCode } from '../../features/reference/domain/vocabulary.ts';
import type { TaskforceInstrument, TaskforceStatus } from '../../features/taskforces/domain/vocabulary.ts';

export interface SeedDossierVersion {
  title: string;
  /** One or two sentences: the teaser on the overview (cut at a word boundary there). */
  summary: string;
  /** Markdown: the background (problem statement, how the request came about). */
  background: string;
  /** Markdown: the objectives ("main goal"). */
  objectives: string;
  /** Markdown: results so far / current state. */
  results: string;
  /** Defaults to 'published'. */
  state?: 'published' | 'draft' | 'review';
}

export interface SeedTimelineEntry {
  /** Slug of a knowledge item (src/seed/content/items*.ts) … */
  item?: string;
  /** … or a milestone of the dossier's own. */
  milestone?: { date: string; title: { en: string; nl?: string } };
  /** Override the item's own date (YYYY-MM-DD); leave out for undated programmes. */
  date?: string;
  /** Optional editor's note shown with the entry. */
  note?: { en: string; nl?: string };
}

export interface SeedDossier {
  slug: string;
  originalLang: 'en' | 'nl';
  status: TaskforceStatus;
  instruments: TaskforceInstrument[];
  /** Requesting organisations (slugs in organisations.ts). */
  requesters: string[];
  /** Member platforms involved (slugs). */
  platforms?: string[];
  countries: CountryCode[];
  /** Region slugs from REGIONS. */
  regions?: string[];
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn?: string;
  /** Slug of the dossier this one continues (the successor link is set on both). */
  predecessor?: string;
  versions: { en: SeedDossierVersion; nl?: SeedDossierVersion };
  timeline: SeedTimelineEntry[];
}
