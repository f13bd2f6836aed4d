// iCalendar (RFC 5545) output through ical-generator: every VEVENT carries a stable UID, the URL
// of its page, and the online link where there is one. Whole days are all-day events with an
// exclusive end; times are floating, because they are stored in the venue's local time.
import ical, { ICalCalendarMethod, type ICalEventData } from 'ical-generator';
import { addDays, asUtc, parseMoment } from './dates.ts';

export interface CalendarEntry {
  id: string;
  title: string;
  summary: string;
  startsOn: string;
  endsOn: string | null;
  venue: string | null;
  city: string | null;
  onlineUrl: string | null;
  /** Absolute URL of the item page. */
  url: string;
  updatedAt: string;
}

export interface CalendarOptions {
  name: string;
  /** Absolute URL of the events page. */
  url: string;
  /** Host name for UIDs ("<item id>@<host>"). */
  host: string;
  locale: string;
  labels: { more: string; online: string };
}

/** The online link as an extension property, for clients that offer a "join" button. */
export const ONLINE_PROPERTY = 'X-HELIX-ONLINE-URL';

function timing(entry: CalendarEntry): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'floating'> | null {
  const start = parseMoment(entry.startsOn);
  if (!start) return null;
  const end = parseMoment(entry.endsOn);
  if (start.time === null) {
    // DTEND of an all-day event is the day after the last day.
    const lastDay = end && end.date >= start.date ? end.date : start.date;
    return { start: asUtc(start), end: addDays(asUtc({ date: lastDay, time: null }), 1), allDay: true };
  }
  if (end?.time && asUtc(end) > asUtc(start)) return { start: asUtc(start), end: asUtc(end), floating: true };
  if (end && end.time === null && end.date > start.date)
    return { start: asUtc(start), end: addDays(asUtc(end), 1), floating: true };
  return { start: asUtc(start), floating: true };
}

function eventData(entry: CalendarEntry, options: CalendarOptions): ICalEventData | null {
  const when = timing(entry);
  if (!when) return null;
  const place = [entry.venue, entry.city].filter((p): p is string => !!p?.trim()).join(', ');
  const description = [
    entry.summary.trim(),
    entry.onlineUrl ? `${options.labels.online}: ${entry.onlineUrl}` : '',
    `${options.labels.more}: ${entry.url}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const updated = new Date(entry.updatedAt);
  return {
    ...when,
    id: `${entry.id}@${options.host}`,
    summary: entry.title,
    description,
    // An online-only event has its link as its place.
    location: place || entry.onlineUrl || null,
    url: entry.url,
    stamp: updated,
    lastModified: updated,
    x: entry.onlineUrl ? [[ONLINE_PROPERTY, entry.onlineUrl]] : [],
  };
}

export function toICalendar(entries: CalendarEntry[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    url: options.url,
    prodId: { company: 'Helix', product: 'Events', language: options.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // Subscribed calendars ask again after six hours.
    ttl: 6 * 3600,
  });
  for (const entry of entries) {
    const data = eventData(entry, options);
    if (data) calendar.createEvent(data);
  }
  return calendar.toString();
}
