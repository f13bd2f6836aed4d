// Request and answer schemas of the members page and the members API (TypeBox).
import { Type } from 'typebox';
import { COUNTRY_CODES, MEMBER_ROLES } from '../reference/domain/vocabulary.ts';
import { CountryRefSchema, DateText, LocaleQuery, Nullable } from '../../web/api/schemas.ts';

/** The page takes no parameters; any query string is ignored (and so is one canonical URL). */
export const MembersPageQuery = Type.Object({});

// --- The JSON API (/api/v1/members).

export const MembersQuery = Type.Object(
  {
    country: Type.Optional(Type.Enum([...COUNTRY_CODES])),
    status: Type.Optional(Type.Enum(['active', 'former'], { description: 'Without it, both.' })),
    locale: Type.Optional(LocaleQuery),
  },
  { additionalProperties: false },
);

export const MembersSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      organisation: Type.Object({
        slug: Type.String(),
        name: Type.String(),
        shortName: Nullable(Type.String()),
        url: Type.String(),
      }),
      role: Type.Enum([...MEMBER_ROLES]),
      memberSince: Nullable(DateText),
      status: Type.Enum(['active', 'former']),
      country: Nullable(CountryRefSchema),
    }),
  ),
  total: Type.Integer(),
});
