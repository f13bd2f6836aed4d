// Knowledge items as every module sees them: the language-neutral record, its language versions
// (working text and live copy), its links and its revisions; and the two rules the record derives
// from its fields (the date it sorts by, the per-language fields stored as JSON). Pure.
import type { VersionState } from '../tables.ts';
import type { ContentType } from '../../../kernel/content-types.ts';
import type { NeutralField, OrgRole } from './type-specs.ts';

export interface ItemRecord {
  id: string;
  slug: string;
  type: ContentType;
  originalLang: string;
  visibility: 'public' | 'members';
  organisationId: string | null;
  neutral: Record<NeutralField, string | number | null>;
  sourceNote: string | null;
  year: number | null;
  sortDate: string | null;
  listed: boolean;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface VersionText {
  title: string;
  summary: string;
  body: string;
  fields: Record<string, string>;
}

export interface VersionRecord extends VersionText {
  id: string;
  itemId: string;
  lang: string;
  state: VersionState;
  live: VersionText | null;
  publishedAt: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface ItemLinks {
  organisations: { id: string; role: OrgRole }[];
  countries: string[];
  regions: string[];
  levels: string[];
  themes: string[];
  related: string[];
}

export interface ItemWrite {
  slug: string;
  type: ContentType;
  originalLang: string;
  visibility: 'public' | 'members';
  organisationId: string | null;
  neutral: Partial<Record<NeutralField, string | number | null>>;
  sourceNote: string | null;
}

export interface Revision {
  id: string;
  itemId: string;
  lang: string;
  snapshot: VersionText;
  note: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
}

export function parseFields(json: string | null): Record<string, string> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

/** Derived columns that make listing and sorting cheap. */
export function derivedDates(neutral: Partial<Record<NeutralField, string | number | null>>): {
  year: number | null;
  sortDate: string | null;
} {
  const date = (neutral.publishedOn as string | null) ?? (neutral.startsOn as string | null) ?? null;
  if (date) return { year: Number(date.slice(0, 4)), sortDate: date.slice(0, 10) };
  const yearStart =
    neutral.yearStart === null || neutral.yearStart === undefined ? null : Number(neutral.yearStart);
  return { year: yearStart, sortDate: null };
}
