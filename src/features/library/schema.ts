// Query strings of the library, search and CSV routes. Facet values arrive as arrays (a single
// value is coerced to a one-element array); unknown values pass validation and are dropped by
// the service, so a stale or hand-edited URL shows results instead of an error.
import { Type, type Static } from 'typebox';

const values = (maxLength: number) => Type.Optional(Type.Array(Type.String({ maxLength }), { maxItems: 50 }));

export const LibraryQuery = Type.Object({
  type: values(100),
  country: values(100),
  region: values(100),
  organisation: values(200),
  level: values(100),
  theme: values(100),
  year: values(100),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  // Accepted up to 10,000 characters and cut to 500 by the service: long pasted text still searches.
  q: Type.Optional(Type.String({ maxLength: 10_000 })),
});
export type LibraryQuery = Static<typeof LibraryQuery>;

export const ItemParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 200 }) });
export type ItemParams = Static<typeof ItemParams>;
