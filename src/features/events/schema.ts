// Request schemas of the events page and the calendar feeds (TypeBox).
import { Type, type Static } from 'typebox';

/** No control characters: PostgreSQL refuses NUL in text, and no real slug or id has any. */
const NO_CONTROL = '^[^\\u0000-\\u001f]*$';

export const EventsQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});
export type EventsQuery = Static<typeof EventsQuery>;

export const EventParams = Type.Object({ slug: Type.String({ maxLength: 200, pattern: NO_CONTROL }) });
export type EventParams = Static<typeof EventParams>;

export const NoQuery = Type.Object({});
