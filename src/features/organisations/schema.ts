// Request schemas of the organisation pages (TypeBox). Filter values the directory does not know
// pass validation and are ignored by the service, so a stale URL still shows the directory.
import { Type, type Static } from 'typebox';

/** No control characters: PostgreSQL refuses NUL in text, and no real slug or id has any. */
const NO_CONTROL = '^[^\\u0000-\\u001f]*$';

export const SlugParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 200, pattern: NO_CONTROL }),
});
export type SlugParams = Static<typeof SlugParams>;

export const DirectoryQuery = Type.Object({
  country: Type.Optional(Type.String({ maxLength: 8 })),
  type: Type.Optional(Type.String({ maxLength: 40 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});
export type DirectoryQuery = Static<typeof DirectoryQuery>;

export const MergeBody = Type.Object({
  _csrf: Type.Optional(Type.String()),
  into: Type.String({ minLength: 1, maxLength: 64, pattern: NO_CONTROL }),
  confirm: Type.Literal('yes'),
});
export type MergeBody = Static<typeof MergeBody>;
