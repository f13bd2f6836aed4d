// Request schemas of the country pages (TypeBox).
import { Type, type Static } from 'typebox';
import { Names } from '../../web/api/schemas.ts';

/** No control characters: PostgreSQL refuses NUL in text, and no real slug or id has any. */
const NO_CONTROL = '^[^\\u0000-\\u001f]*$';

export const CountryParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 100, pattern: NO_CONTROL }),
});
export type CountryParams = Static<typeof CountryParams>;

export const NoQuery = Type.Object({});

// --- The JSON API (/api/v1/countries).

export const CountriesSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      slug: Type.String(),
      kind: Type.Enum(['country', 'supranational']),
      inEu: Type.Boolean(),
      names: Names,
      url: Type.String(),
      counts: Type.Object({ items: Type.Integer(), members: Type.Integer() }),
    }),
  ),
  total: Type.Integer(),
});
