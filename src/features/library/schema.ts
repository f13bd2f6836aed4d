// Query strings of the library, search and CSV routes. Facet values arrive as arrays (a single
// value is coerced to a one-element array); unknown values pass validation and are dropped by
// the service, so a stale or hand-edited URL shows results instead of an error.
import { Type, type Static } from 'typebox';
import { CONTENT_TYPES, ITEM_TYPES } from '../../kernel/content-types.ts';
import { COUNTRY_CODES, LEVELS, REGION_SLUGS, THEMES } from '../reference/domain/vocabulary.ts';
import { ORG_ROLES } from '../items/domain/type-specs.ts';
import {
  CountryRefSchema,
  CursorQuery,
  DateText,
  Limit,
  LocaleQuery,
  many,
  Names,
  Nullable,
  OrganisationRef,
} from '../../web/api/schemas.ts';

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

// --- The JSON API (/api/v1/items, /api/v1/items/{slug}, /api/v1/search): strict, so unknown filter values are refused.

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
