// The timeline rule: dated entries newest first; entries without a date (a programme) in their own
// group after the dated ones, never among them. Pure functions, unit-tested.

export interface TimelineRow {
  id: string;
  kind: 'item' | 'milestone';
  /** YYYY-MM-DD, or null for an undated entry. */
  date: string | null;
  title: string;
  /** Language of the title/teaser text (may be a fallback). */
  lang: string;
  fallback: boolean;
  /** Item type code, or 'milestone'. */
  type: string;
  /** Source organisation, or the owner when no source is named. */
  sourceName: string | null;
  /** Education levels (programmes show these in place of the type). */
  levels: string[];
  teaser: string;
  note: string | null;
  noteLang: string | null;
  /** Link target (item slug) for item entries. */
  slug: string | null;
}

export interface OrderedTimeline {
  dated: TimelineRow[];
  undated: TimelineRow[];
}

export function orderTimeline(rows: TimelineRow[]): OrderedTimeline {
  const dated = rows.filter((r) => r.date !== null);
  const undated = rows.filter((r) => r.date === null);
  dated.sort((a, b) => (a.date === b.date ? a.title.localeCompare(b.title) : a.date! < b.date! ? 1 : -1));
  undated.sort((a, b) => a.title.localeCompare(b.title));
  return { dated, undated };
}
