// Read queries of the taskforce module that other modules do not need.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { summaries } from '../items/service-read.ts';
import type { CalendarEntry } from '../events/domain/calendar.ts';

/** A calendar entry of the events module, before its page URL is known; with the item's slug. */
export type DossierMeeting = Omit<CalendarEntry, 'url'> & { slug: string };

/** The public, dated meetings and events on a dossier's timeline, for its iCalendar feed. */
export async function meetingsOf(
  db: Kysely<DB>,
  taskforceId: string,
  locale: string,
): Promise<DossierMeeting[]> {
  const rows = await db
    .selectFrom('timeline_entries')
    .innerJoin('items', 'items.id', 'timeline_entries.item_id')
    .select([
      'items.id',
      'items.starts_on',
      'items.ends_on',
      'items.venue',
      'items.city',
      'items.online_url',
      'items.updated_at',
    ])
    .where('timeline_entries.taskforce_id', '=', taskforceId)
    .where('items.type', 'in', ['meeting', 'event'])
    .where('items.listed', '=', true)
    .where('items.visibility', '=', 'public')
    .where('items.deleted_at', 'is', null)
    .where('items.starts_on', 'is not', null)
    .execute();
  const texts = await summaries(
    db,
    rows.map((r) => r.id),
    locale,
  );
  return rows.flatMap((r) => {
    const text = texts.find((t) => t.id === r.id);
    return text && r.starts_on
      ? [
          {
            id: r.id,
            slug: text.slug,
            title: text.title,
            summary: text.summary,
            startsOn: r.starts_on,
            endsOn: r.ends_on,
            venue: r.venue,
            city: r.city,
            onlineUrl: r.online_url,
            updatedAt: r.updated_at,
          },
        ]
      : [];
  });
}
