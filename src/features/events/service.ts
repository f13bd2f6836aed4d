// The events page (upcoming soonest first, past newest first and paginated) and the iCalendar
// feeds: all public events, or one. "Today" comes from deps.clock, on the coalition's clock
// (Brussels), so an event stays upcoming until its last day has passed there.
import type { Deps } from '../../deps.ts';
import { safeUrl } from '../../lib/urls.ts';
import { contentPaths } from '../../kernel/paths.ts';
import { eventPaths } from './paths.ts';
import { canReadMembersOnly, type Actor } from '../items/policy.ts';
import { readContentVersion } from '../../kernel/content-version.ts';
import { summaries, type ItemSummary } from '../items/service-read.ts';
import { toICalendar, type CalendarEntry } from './domain/calendar.ts';
import {
  eventPage,
  feedEvents,
  findEvent,
  hostsOf,
  pastEvents,
  upcomingEvents,
  type EventRow,
} from './repository.ts';

export { upcomingEvents };
import type { Static } from 'typebox';
import { iso } from '../../lib/clock.ts';
import { decodeApiCursor, encodeCursor } from '../../lib/cursor.ts';
import { invalidCursor, ok, type ApiResult } from '../../kernel/results.ts';
import { toItemSummary } from '../library/service-api.ts';
import type { EventsApiQuery, EventsSchema } from './schema.ts';

export const PAST_PAGE_SIZE = 20;
/** Enough for any real programme of events; the page lists the soonest. */
const UPCOMING_LIMIT = 200;
/** Calendar clients slow down on very large feeds; the latest 500 events are plenty. */
const FEED_LIMIT = 500;

const brusselsDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function today(deps: Pick<Deps, 'clock'>): string {
  return brusselsDay.format(deps.clock.now());
}

export interface EventEntry {
  item: ItemSummary;
  row: EventRow;
  hosts: { name: string; slug: string }[];
}

async function entries(deps: Pick<Deps, 'db'>, rows: EventRow[], locale: string): Promise<EventEntry[]> {
  const ids = rows.map((r) => r.id);
  const [items, hosts] = await Promise.all([summaries(deps.db, ids, locale), hostsOf(deps.db, ids)]);
  const byId = new Map(items.map((i) => [i.id, i]));
  return rows.flatMap((row) => {
    const item = byId.get(row.id);
    return item
      ? [{ item, row: { ...row, onlineUrl: safeUrl(row.onlineUrl) }, hosts: hosts.get(row.id) ?? [] }]
      : [];
  });
}

export interface EventsPage {
  upcoming: EventEntry[];
  past: EventEntry[];
  pastTotal: number;
  page: number;
  pageCount: number;
}

export async function eventsPage(
  deps: Pick<Deps, 'db' | 'clock'>,
  locale: string,
  viewer: Actor | null,
  page: number,
): Promise<EventsPage | null> {
  const day = today(deps);
  const membersToo = canReadMembersOnly(viewer);
  const [upcoming, past] = await Promise.all([
    page === 1 ? upcomingEvents(deps.db, day, membersToo, UPCOMING_LIMIT) : Promise.resolve([]),
    pastEvents(deps.db, day, membersToo, { limit: PAST_PAGE_SIZE, offset: (page - 1) * PAST_PAGE_SIZE }),
  ]);
  const pageCount = Math.max(1, Math.ceil(past.total / PAST_PAGE_SIZE));
  if (page > pageCount) return null;
  return {
    upcoming: await entries(deps, upcoming, locale),
    past: await entries(deps, past.rows, locale),
    pastTotal: past.total,
    page,
    pageCount,
  };
}

export interface FeedLabels {
  name: string;
  more: string;
  online: string;
}

function calendarEntry(deps: Pick<Deps, 'config'>, e: EventEntry, locale: string): CalendarEntry {
  return {
    id: e.row.id,
    title: e.item.title,
    summary: e.item.summary,
    startsOn: e.row.startsOn,
    endsOn: e.row.endsOn,
    venue: e.row.venue,
    city: e.row.city,
    onlineUrl: e.row.onlineUrl,
    url: `${deps.config.baseUrl}${contentPaths.item(locale, e.row.slug)}`,
    updatedAt: e.row.updatedAt,
  };
}

function calendarOptions(deps: Pick<Deps, 'config'>, locale: string, labels: FeedLabels) {
  return {
    name: labels.name,
    url: `${deps.config.baseUrl}${eventPaths.events(locale)}`,
    host: new URL(deps.config.baseUrl).hostname,
    locale,
    labels,
  };
}

export interface Feed {
  body: string;
  /** Changes whenever a listed item changes (the library version), so clients can ask "anything new?". */
  etag: string;
}

// Building the iCalendar text costs about a millisecond per event (ical-generator), so the feed is
// kept per database and locale until the library version says that listed items changed.
const feeds = new WeakMap<object, Map<string, Feed & { version: string }>>();

/** Every public, listed event; members-only events never go into a feed anyone can subscribe to. */
export async function eventsFeed(
  deps: Pick<Deps, 'db' | 'config'>,
  locale: string,
  labels: FeedLabels,
): Promise<Feed> {
  const version = await readContentVersion(deps.db);
  const cache = feeds.get(deps.db) ?? new Map<string, Feed & { version: string }>();
  feeds.set(deps.db, cache);
  const cached = cache.get(locale);
  if (cached?.version === version) return cached;
  const list = await entries(deps, await feedEvents(deps.db, FEED_LIMIT), locale);
  const feed = {
    version,
    etag: `"events-${locale}-${version}"`,
    body: toICalendar(
      list.map((e) => calendarEntry(deps, e, locale)),
      calendarOptions(deps, locale, labels),
    ),
  };
  cache.set(locale, feed);
  return feed;
}

/** One event; null when there is no such listed event the viewer may read. */
export async function eventFeed(
  deps: Pick<Deps, 'db' | 'config'>,
  slug: string,
  locale: string,
  viewer: Actor | null,
  labels: FeedLabels,
): Promise<string | null> {
  const row = await findEvent(deps.db, slug, canReadMembersOnly(viewer));
  if (!row) return null;
  const [entry] = await entries(deps, [row], locale);
  if (!entry) return null;
  return toICalendar(
    [calendarEntry(deps, entry, locale)],
    calendarOptions(deps, locale, { ...labels, name: entry.item.title }),
  );
}

export async function listEventsApi(
  deps: Deps,
  query: Static<typeof EventsApiQuery>,
): Promise<ApiResult<Static<typeof EventsSchema>>> {
  const locale = query.locale ?? 'en';
  const limit = query.limit ?? 50;
  const after = query.cursor === undefined ? null : decodeApiCursor(query.cursor);
  if (query.cursor !== undefined && !after?.sortDate) return invalidCursor();
  const today = iso(deps.clock.now()).slice(0, 10);
  const page = await eventPage(deps.db, { when: query.when ?? 'upcoming', today, limit: limit + 1, after });
  const rows = page.rows.slice(0, limit);
  const found = await summaries(
    deps.db,
    rows.map((r) => r.id),
    locale,
  );
  const items = rows.flatMap((row) => {
    const s = found.find((f) => f.id === row.id);
    if (!s) return [];
    const summary = toItemSummary(deps, s, [s.lang], locale);
    return [
      {
        slug: s.slug,
        type: s.type as 'meeting' | 'event',
        title: s.title,
        summary: s.summary,
        language: s.lang,
        fallback: s.fallback,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        venue: row.venue,
        city: row.city,
        url: summary.url,
        onlineUrl: row.onlineUrl,
        registrationUrl: row.registrationUrl,
        organisation: summary.organisation,
      },
    ];
  });
  const last = rows[rows.length - 1];
  return ok({
    items,
    nextCursor:
      page.rows.length > limit && last ? encodeCursor({ sortDate: last.startsOn, id: last.id }) : null,
    total: page.total,
  });
}
