// Event dates are stored as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" in the local time of the venue.
// Parsing and formatting them through Intl in the reader's locale: a single day, a day with its
// hours, or a range ("5–6 November 2025"). Times are formatted as written, never shifted.

export interface Moment {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, or null for a whole day. */
  time: string | null;
}

const MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;

export function parseMoment(value: string | null | undefined): Moment | null {
  if (!value) return null;
  const m = MOMENT.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59)) return null;
  return { date: `${y}-${mo}-${d}`, time: h !== undefined ? `${h}:${mi}` : null };
}

/** The moment as a Date whose UTC fields are the written local fields (for Intl with timeZone UTC). */
export function asUtc(moment: Moment): Date {
  const [y, mo, d] = moment.date.split('-').map(Number) as [number, number, number];
  const [h, mi] = moment.time ? (moment.time.split(':').map(Number) as [number, number]) : [0, 0];
  return new Date(Date.UTC(y, mo - 1, d, h, mi));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

type Style = 'day' | 'dayTime';
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale,
      style === 'day'
        ? { dateStyle: 'long', timeZone: 'UTC' }
        : { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' },
    );
    formats.set(key, f);
  }
  return f;
}

/** "5 November 2025", "5 November 2025, 09:30–17:00", "5–6 November 2025" in the reader's locale. */
export function formatEventDates(locale: string, start: Moment, end: Moment | null): string {
  const timed = start.time !== null || (end?.time ?? null) !== null;
  const style: Style = timed ? 'dayTime' : 'day';
  const sameMoment = !end || (end.date === start.date && end.time === start.time);
  if (sameMoment) return formatter(locale, start.time ? 'dayTime' : 'day').format(asUtc(start));
  // A range where only one end has a time: show days only rather than invent an hour.
  const bothTimed = start.time !== null && end.time !== null;
  const rangeStyle: Style = bothTimed ? 'dayTime' : 'day';
  if (!bothTimed && end.date === start.date) return formatter(locale, style).format(asUtc(start));
  const endValue = asUtc(end);
  if (endValue < asUtc(start)) return formatter(locale, style).format(asUtc(start));
  return formatter(locale, rangeStyle).formatRange(asUtc(start), endValue);
}
