// TypeBox schemas of the JSON API v1: the querystrings and params the routes accept and the
// bodies they answer with. The OpenAPI document is generated from these, so they are complete.
import { Type, type TSchema } from 'typebox';
import {
  COUNTRY_CODES,
  LEVELS,
  MEMBER_ROLES,
  ORG_KINDS,
  REGIONS,
  THEMES,
} from '../../features/reference/domain/vocabulary.ts';
import { CONTENT_TYPES, ITEM_TYPES } from '../../kernel/content-types.ts';
import { LOCALES } from '../../i18n/index.ts';
import { ORG_ROLES } from '../../features/items/domain/type-specs.ts';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Every error the API returns: a stable code for programs and an English message for people. */
export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable machine-readable code, e.g. bad_request, not_found.' }),
      message: Type.String(),
    }),
  },
  { description: 'An error: `{"error":{"code","message"}}` with a 4xx status.' },
);

export const LocaleQuery = Type.Enum([...LOCALES], {
  default: 'en',
  description:
    'Language of the per-language fields (title, summary, URLs). Falls back to the original language when there is no version in this language.',
});
const Limit = (max: number, fallback: number) =>
  Type.Integer({ minimum: 1, maximum: max, default: fallback, description: `Page size, 1 to ${max}.` });
const CursorQuery = Type.String({
  minLength: 1,
  maxLength: 300,
  description: 'Opaque cursor from `nextCursor` of the previous page.',
});
const many = <T extends TSchema>(schema: T, description: string) =>
  Type.Optional(
    Type.Array(schema, {
      maxItems: 50,
      description: `${description} Repeat the parameter for several values (OR within a filter, AND across filters).`,
    }),
  );

export const REGION_SLUGS = REGIONS.map((r) => r.slug);

export const ItemsQuery = Type.Object(
  {
    type: many(Type.Enum([...ITEM_TYPES]), 'Item type.'),
    country: many(Type.Enum([...COUNTRY_CODES]), 'Country code (ISO 3166-1 alpha-2; EU for the Union).'),
    region: many(Type.Enum(REGION_SLUGS), 'Region slug.'),
    organisation: many(
      Type.String({ minLength: 1, maxLength: 200 }),
      'Organisation slug (any role: owner, source, host or partner).',
    ),
    level: many(Type.Enum([...LEVELS]), 'Education level.'),
    theme: many(Type.Enum([...THEMES]), 'Theme.'),
    year: many(Type.Integer({ minimum: 1900, maximum: 2200 }), 'Year (of publication, start or first year).'),
    locale: Type.Optional(LocaleQuery),
    limit: Type.Optional(Limit(100, 20)),
    cursor: Type.Optional(CursorQuery),
  },
  { additionalProperties: false },
);

export const SlugParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 200, description: 'The record’s slug.' }),
});
export const LocaleOnlyQuery = Type.Object(
  { locale: Type.Optional(LocaleQuery) },
  { additionalProperties: false },
);

const DateText = Type.String({
  description: 'Calendar date YYYY-MM-DD (events may carry a time: YYYY-MM-DDTHH:MM).',
});
const OrganisationRef = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  shortName: Nullable(Type.String()),
});
const Names = Type.Object({ en: Type.String(), nl: Type.String() });

export const ItemSummarySchema = Type.Object({
  slug: Type.String(),
  type: Type.Enum([...CONTENT_TYPES], {
    description: 'Item type; "taskforce" is a taskforce dossier (its page is under /taskforces).',
  }),
  url: Type.String({ description: 'Absolute address of the item page in the requested language.' }),
  title: Type.String(),
  summary: Type.String({ description: 'Plain text.' }),
  language: Type.String({ description: 'Language of title and summary.' }),
  fallback: Type.Boolean({
    description:
      'True when the text is not in the requested language (shown in the original language instead).',
  }),
  languages: Type.Array(Type.String(), { description: 'Languages in which the item is published.' }),
  date: Nullable(DateText),
  year: Nullable(Type.Integer()),
  startsOn: Nullable(DateText),
  endsOn: Nullable(DateText),
  organisation: Nullable(OrganisationRef),
  levels: Type.Array(Type.Enum([...LEVELS])),
});

export const ItemPageSchema = Type.Object({
  items: Type.Array(ItemSummarySchema),
  nextCursor: Nullable(
    Type.String({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  ),
  total: Type.Integer({ description: 'Number of items matching the filters (all pages).' }),
});

const VersionSchema = Type.Object({
  title: Type.String(),
  summary: Type.String(),
  body: Type.String({ description: 'Markdown.' }),
  fields: Type.Record(Type.String(), Type.String(), {
    description: 'Extra text fields of the item type (objectives, impact, next steps …).',
  }),
  publishedAt: Nullable(Type.String()),
});

const NeutralSchema = Type.Object(
  {
    publishedOn: Nullable(DateText),
    startsOn: Nullable(DateText),
    endsOn: Nullable(DateText),
    yearStart: Nullable(Type.Integer()),
    yearEnd: Nullable(Type.Integer()),
    externalUrl: Nullable(Type.String()),
    registrationUrl: Nullable(Type.String()),
    onlineUrl: Nullable(Type.String()),
    venue: Nullable(Type.String()),
    city: Nullable(Type.String()),
    fundingProgramme: Nullable(Type.String()),
    grantReference: Nullable(Type.String()),
  },
  { description: 'Language-neutral fields; which apply depends on the type.' },
);

export const CountryRefSchema = Type.Object({ code: Type.String(), slug: Type.String(), names: Names });

export const ItemDetailSchema = Type.Object({
  slug: Type.String(),
  type: Type.Enum([...CONTENT_TYPES], {
    description: 'Item type; "taskforce" is a taskforce dossier (its page is under /taskforces).',
  }),
  url: Type.String(),
  originalLanguage: Type.String(),
  language: Type.String({ description: 'Language chosen for the requested locale.' }),
  fallback: Type.Boolean(),
  languages: Type.Array(Type.String()),
  neutral: NeutralSchema,
  versions: Type.Record(Type.String(), VersionSchema, { description: 'Published text per language code.' }),
  organisation: Nullable(OrganisationRef),
  organisations: Type.Array(
    Type.Object({ slug: Type.String(), name: Type.String(), role: Type.Enum([...ORG_ROLES]) }),
  ),
  countries: Type.Array(CountryRefSchema),
  regions: Type.Array(Type.Object({ slug: Type.String(), countryCode: Type.String(), names: Names })),
  levels: Type.Array(Type.Enum([...LEVELS])),
  themes: Type.Array(Type.Enum([...THEMES])),
  related: Type.Array(Type.String(), { description: 'Slugs of related published items.' }),
});

export const SearchQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        description:
          'Free text; anything is accepted, only letters and digits are searched; cut at 500 characters.',
      }),
    ),
    locale: Type.Optional(LocaleQuery),
    limit: Type.Optional(Limit(50, 20)),
  },
  { additionalProperties: false },
);

export const SearchResultSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      type: Type.Enum([...CONTENT_TYPES], {
        description: 'Item type; "taskforce" is a taskforce dossier (its page is under /taskforces).',
      }),
      slug: Type.String(),
      title: Type.String(),
      url: Type.String({ description: 'Absolute address of the item page.' }),
      snippet: Type.String({ description: 'Plain text around the first match (no HTML).' }),
    }),
  ),
  total: Type.Integer({ description: 'Number of matching items (up to 500).' }),
});

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

export const EventsQuery = Type.Object(
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

/** The error responses every API route documents. */
export const errors = { 400: ErrorSchema, 404: ErrorSchema } as const;
