// Request schemas of the events page and the calendar feeds (TypeBox).
import { Type, type Static } from 'typebox';
import {
  CursorQuery,
  DateText,
  Limit,
  LocaleQuery,
  Nullable,
  OrganisationRef,
} from '../../web/api/schemas.ts';

/** No control characters: PostgreSQL refuses NUL in text, and no real slug or id has any. */
const NO_CONTROL = '^[^\\u0000-\\u001f]*$';

export const EventsQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});
export type EventsQuery = Static<typeof EventsQuery>;

export const EventParams = Type.Object({ slug: Type.String({ maxLength: 200, pattern: NO_CONTROL }) });
export type EventParams = Static<typeof EventParams>;

export const NoQuery = Type.Object({});

// --- The JSON API (/api/v1/events).

export const EventsApiQuery = Type.Object(
  {
    when: Type.Optional(
      Type.Enum(['upcoming', 'past'], {
        default: 'upcoming',
        description: 'upcoming: not yet ended, soonest first; past: ended, most recent first.',
      }),
    ),
    locale: Type.Optional(LocaleQuery),
    limit: Type.Optional(Limit(100, 50)),
    cursor: Type.Optional(CursorQuery),
  },
  { additionalProperties: false },
);

export const EventsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      slug: Type.String(),
      type: Type.Enum(['meeting', 'event']),
      title: Type.String(),
      summary: Type.String(),
      language: Type.String(),
      fallback: Type.Boolean(),
      startsOn: DateText,
      endsOn: Nullable(DateText),
      venue: Nullable(Type.String()),
      city: Nullable(Type.String()),
      url: Type.String(),
      onlineUrl: Nullable(Type.String()),
      registrationUrl: Nullable(Type.String()),
      organisation: Nullable(OrganisationRef),
    }),
  ),
  nextCursor: Nullable(Type.String()),
  total: Type.Integer(),
});
