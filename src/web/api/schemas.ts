// Schemas every JSON API route shares (TypeBox): the error answer, nullable values, the locale,
// paging (limit and cursor), repeated filters, slugs and the small records several answers embed.
// Each module's own querystrings and answers are in its schema.ts; the OpenAPI document is
// generated from them, so they are complete.
import { Type, type TSchema } from 'typebox';
import { LOCALES } from '../../i18n/locales.ts';

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

export const Limit = (max: number, fallback: number) =>
  Type.Integer({ minimum: 1, maximum: max, default: fallback, description: `Page size, 1 to ${max}.` });

export const CursorQuery = Type.String({
  minLength: 1,
  maxLength: 300,
  description: 'Opaque cursor from `nextCursor` of the previous page.',
});

export const many = <T extends TSchema>(schema: T, description: string) =>
  Type.Optional(
    Type.Array(schema, {
      maxItems: 50,
      description: `${description} Repeat the parameter for several values (OR within a filter, AND across filters).`,
    }),
  );

export const SlugParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 200, description: 'The record’s slug.' }),
});

export const LocaleOnlyQuery = Type.Object(
  { locale: Type.Optional(LocaleQuery) },
  { additionalProperties: false },
);

export const DateText = Type.String({
  description: 'Calendar date YYYY-MM-DD (events may carry a time: YYYY-MM-DDTHH:MM).',
});

export const OrganisationRef = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  shortName: Nullable(Type.String()),
});

export const Names = Type.Object({ en: Type.String(), nl: Type.String() });

export const CountryRefSchema = Type.Object({ code: Type.String(), slug: Type.String(), names: Names });

/** The error responses every API route documents. */
export const errors = { 400: ErrorSchema, 404: ErrorSchema } as const;
