// Request schemas of the organisation pages (TypeBox). Filter values the directory does not know
// pass validation and are ignored by the service, so a stale URL still shows the directory.
import { Type, type Static } from 'typebox';
import { COUNTRY_CODES, MEMBER_ROLES, ORG_KINDS } from '../reference/domain/vocabulary.ts';
import { CursorQuery, DateText, Limit, LocaleQuery, Nullable } from '../../web/api/schemas.ts';

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

// --- The JSON API (/api/v1/organisations, /api/v1/organisations/{slug}).

const MembershipSchema = Type.Object({
  role: Type.Enum([...MEMBER_ROLES]),
  memberSince: Nullable(DateText),
  status: Type.Enum(['active', 'former']),
});

export const OrganisationsQuery = Type.Object(
  {
    country: Type.Optional(Type.Enum([...COUNTRY_CODES], { description: 'Country code.' })),
    member: Type.Optional(Type.Boolean({ description: 'true: only active coalition members.' })),
    limit: Type.Optional(Limit(200, 50)),
    cursor: Type.Optional(CursorQuery),
    locale: Type.Optional(LocaleQuery),
  },
  { additionalProperties: false },
);

export const OrganisationSummarySchema = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  shortName: Nullable(Type.String()),
  kind: Type.Enum([...ORG_KINDS]),
  country: Nullable(Type.String()),
  region: Nullable(Type.String({ description: 'Region slug.' })),
  website: Nullable(Type.String()),
  url: Type.String(),
  membership: Nullable(MembershipSchema),
});

export const OrganisationPageSchema = Type.Object({
  items: Type.Array(OrganisationSummarySchema),
  nextCursor: Nullable(Type.String()),
  total: Type.Integer(),
});

export const OrganisationDetailSchema = Type.Object({
  ...OrganisationSummarySchema.properties,
  logoUrl: Nullable(Type.String()),
  aliases: Type.Array(Type.String(), { description: 'Other spellings and former names.' }),
  descriptions: Type.Record(Type.String(), Type.String(), { description: 'Description per language code.' }),
  itemCount: Type.Integer({ description: 'Published public items linked to the organisation.' }),
});
