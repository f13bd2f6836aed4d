// Request schemas of the country pages (TypeBox).
import { Type, type Static } from 'typebox';

/** No control characters: PostgreSQL refuses NUL in text, and no real slug or id has any. */
const NO_CONTROL = '^[^\\u0000-\\u001f]*$';

export const CountryParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 100, pattern: NO_CONTROL }),
});
export type CountryParams = Static<typeof CountryParams>;

export const NoQuery = Type.Object({});
