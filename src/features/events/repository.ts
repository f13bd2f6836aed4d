// Reads of the events page and the calendar feeds: listed items of the calendar types (events and
// meetings) that have a start date, split around "today", with their venue and hosts.
import { sql, type Kysely } from 'kysely';
import type { Cursor } from '../../lib/cursor.ts';
import type { DB } from '../../db/schema.ts';
import { TYPE_SPECS } from '../items/domain/type-specs.ts';
import { ITEM_TYPES } from '../../kernel/content-types.ts';

export const CALENDAR_TYPES = ITEM_TYPES.filter((t) => TYPE_SPECS[t].calendar);

export interface EventRow {
  id: string;
  slug: string;
  startsOn: string;
  endsOn: string | null;
  venue: string | null;
  city: string | null;
  onlineUrl: string | null;
  visibility: 'public' | 'members';
  updatedAt: string;
}

function base(db: Kysely<DB>, includeMembersOnly: boolean) {
  let q = db
    .selectFrom('items')
    .where('items.type', 'in', CALENDAR_TYPES)
    .where('items.listed', '=', true)
    .where('items.starts_on', 'is not', null);
  if (!includeMembersOnly) q = q.where('items.visibility', '=', 'public');
  return q;
}

const COLUMNS = [
  'items.id',
  'items.slug',
  'items.starts_on',
  'items.ends_on',
  'items.venue',
  'items.city',
  'items.online_url',
  'items.visibility',
  'items.updated_at',
] as const;

function toRow(r: {
  id: string;
  slug: string;
  starts_on: string | null;
  ends_on: string | null;
  venue: string | null;
  city: string | null;
  online_url: string | null;
  visibility: 'public' | 'members';
  updated_at: string;
}): EventRow {
  return {
    id: r.id,
    slug: r.slug,
    startsOn: r.starts_on ?? '',
    endsOn: r.ends_on,
    venue: r.venue,
    city: r.city,
    onlineUrl: r.online_url,
    visibility: r.visibility,
    updatedAt: r.updated_at,
  };
}

// Dates are "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" text, so comparing with "YYYY-MM-DD" as text is
// comparing days: an event is upcoming until its last day (or its only day) has passed.

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** Events whose last day is today or later, soonest first. */
export async function upcomingEvents(
  db: Kysely<DB>,
  today: string,
  includeMembersOnly: boolean,
  limit: number,
): Promise<EventRow[]> {
  const rows = await base(db, includeMembersOnly)
    .select(COLUMNS)
    // Written so the index on starts_on can serve it: events starting today or later, plus those
    // that started in the last 92 days and have not ended (no event of the network runs longer).
    .where((eb) =>
      eb.or([
        eb('items.starts_on', '>=', today),
        eb.and([eb('items.starts_on', '>=', daysBefore(today, 92)), eb('items.ends_on', '>=', today)]),
      ]),
    )
    .orderBy('items.starts_on', 'asc')
    .orderBy('items.id', 'asc')
    .limit(limit)
    .execute();
  return rows.map(toRow);
}

/** Events that are over, newest first, one page at a time. */
export async function pastEvents(
  db: Kysely<DB>,
  today: string,
  includeMembersOnly: boolean,
  page: { limit: number; offset: number },
): Promise<{ rows: EventRow[]; total: number }> {
  const over = base(db, includeMembersOnly).where((eb) =>
    eb(eb.fn.coalesce('items.ends_on', 'items.starts_on'), '<', today),
  );
  const [rows, count] = await Promise.all([
    over
      .select(COLUMNS)
      .orderBy('items.starts_on', 'desc')
      .orderBy('items.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    over.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toRow), total: Number(count.n) };
}

/** Public events for the feed, the latest `limit` by start date. */
export async function feedEvents(db: Kysely<DB>, limit: number): Promise<EventRow[]> {
  const rows = await base(db, false)
    .select(COLUMNS)
    .orderBy('items.starts_on', 'desc')
    .orderBy('items.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRow);
}

export async function findEvent(
  db: Kysely<DB>,
  slug: string,
  includeMembersOnly: boolean,
): Promise<EventRow | null> {
  const row = await base(db, includeMembersOnly)
    .select(COLUMNS)
    .where('items.slug', '=', slug)
    .executeTakeFirst();
  return row ? toRow(row) : null;
}

/** Host organisations of each event (role "host"), by name. */
export async function hostsOf(
  db: Kysely<DB>,
  itemIds: string[],
): Promise<Map<string, { name: string; slug: string }[]>> {
  const out = new Map<string, { name: string; slug: string }[]>();
  if (itemIds.length === 0) return out;
  const rows = await db
    .selectFrom('item_organisations')
    .innerJoin('organisations', 'organisations.id', 'item_organisations.organisation_id')
    .select(['item_organisations.item_id', 'organisations.name', 'organisations.slug'])
    .where('item_organisations.item_id', 'in', itemIds)
    .where('item_organisations.role', '=', 'host')
    .orderBy('organisations.name')
    .execute();
  for (const r of rows) out.set(r.item_id, [...(out.get(r.item_id) ?? []), { name: r.name, slug: r.slug }]);
  return out;
}

export interface EventPageRow {
  id: string;
  startsOn: string;
  endsOn: string | null;
  venue: string | null;
  city: string | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
}

const END = sql<string>`coalesce(items.ends_on, items.starts_on)`;

/**
 * Published public meetings and events. Upcoming: not yet ended, soonest first; past: ended,
 * latest first. The cursor is the (startsOn, id) of the last row of the previous page.
 */
export async function eventPage(
  db: Kysely<DB>,
  input: { when: 'upcoming' | 'past'; today: string; limit: number; after: Cursor | null },
): Promise<{ rows: EventPageRow[]; total: number }> {
  const upcoming = input.when === 'upcoming';
  const base = db
    .selectFrom('items')
    .where('items.type', 'in', ['meeting', 'event'])
    .where('items.listed', '=', true)
    .where('items.visibility', '=', 'public')
    .where('items.deleted_at', 'is', null)
    .where('items.starts_on', 'is not', null)
    .where(END, upcoming ? '>=' : '<', input.today);
  let rows = base.select([
    'items.id',
    'items.starts_on',
    'items.ends_on',
    'items.venue',
    'items.city',
    'items.online_url',
    'items.registration_url',
  ]);
  const after = input.after;
  if (after?.sortDate) {
    const op = upcoming ? '>' : '<';
    rows = rows.where((eb) =>
      eb.or([
        eb('items.starts_on', op, after.sortDate),
        eb.and([eb('items.starts_on', '=', after.sortDate), eb('items.id', op, after.id)]),
      ]),
    );
  }
  const direction = upcoming ? 'asc' : 'desc';
  const [found, count] = await Promise.all([
    rows.orderBy('items.starts_on', direction).orderBy('items.id', direction).limit(input.limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: found.map((r) => ({
      id: r.id,
      startsOn: r.starts_on ?? '',
      endsOn: r.ends_on,
      venue: r.venue,
      city: r.city,
      onlineUrl: r.online_url,
      registrationUrl: r.registration_url,
    })),
    total: Number(count.n),
  };
}
