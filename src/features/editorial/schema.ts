// Request schemas of the editorial pages (TypeBox). One body schema covers every item type: the
// fields a type does not use are simply ignored (TYPE_SPECS decides which are read).
import { Type, type Static } from 'typebox';
import { COUNTRY_CODES, CONTENT_LANGUAGES, LEVELS, THEMES } from '../reference/domain/vocabulary.ts';
import { ITEM_TYPES } from '../../kernel/content-types.ts';
import { ORG_ROLES, TEXT_FIELDS } from '../items/domain/type-specs.ts';

export const LIMITS = {
  title: 200,
  summary: 1000,
  body: 50_000,
  textField: 10_000,
  shortText: 200,
  sourceNote: 1000,
  note: 200,
  url: 2000,
  attachmentTitle: 200,
} as const;

const csrf = Type.Optional(Type.String({ maxLength: 200 }));
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const choices = <T extends string>(values: readonly T[]) =>
  Type.Optional(Type.Array(literals(values), { maxItems: values.length }));
const ids = Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 }));
// Empty, or a calendar date; the calendar itself (no 31 February) is checked in form.ts.
const date = Type.Optional(Type.String({ maxLength: 10, pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' }));
const year = Type.Optional(Type.String({ maxLength: 4, pattern: '^(\\d{4})?$' }));
// Empty, or an absolute http(s) address: javascript:, data: and friends never become links.
const url = Type.Optional(
  Type.Union([
    Type.Literal(''),
    Type.String({ maxLength: LIMITS.url, format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$' }),
  ]),
);

/** The per-language text fields as form fields: text_objectives, text_nextSteps … */
export const textFieldName = (field: string) => `text_${field}`;
/** Linked organisations by role as form fields: org_source, org_host, org_partner. */
export const orgFieldName = (role: string) => `org_${role}`;

const textFields = Object.fromEntries(TEXT_FIELDS.map((f) => [textFieldName(f), text(LIMITS.textField)]));
const orgFields = Object.fromEntries(
  ORG_ROLES.filter((r) => r !== 'owner').map((r) => [orgFieldName(r), ids]),
);

const versionProperties = {
  title: Type.String({ minLength: 1, maxLength: LIMITS.title }),
  summary: Type.String({ minLength: 1, maxLength: LIMITS.summary }),
  body: text(LIMITS.body),
  ...textFields,
};

const recordProperties = {
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
  visibility: literals(['public', 'members'] as const),
  publishedOn: date,
  startsOn: date,
  endsOn: date,
  yearStart: year,
  yearEnd: year,
  externalUrl: url,
  registrationUrl: url,
  onlineUrl: url,
  venue: text(LIMITS.shortText),
  city: text(LIMITS.shortText),
  fundingProgramme: text(LIMITS.shortText),
  grantReference: text(LIMITS.shortText),
  sourceNote: text(LIMITS.sourceNote),
  countries: choices(COUNTRY_CODES),
  regions: ids,
  levels: choices(LEVELS),
  themes: choices(THEMES),
  ...orgFields,
};

export const CreateQuery = Type.Object({ type: Type.Optional(Type.String({ maxLength: 40 })) });

export const CreateBody = Type.Object({
  _csrf: csrf,
  type: literals(ITEM_TYPES),
  lang: literals(CONTENT_LANGUAGES),
  ...recordProperties,
  ...versionProperties,
});
export type CreateBody = Static<typeof CreateBody>;

export const RecordBody = Type.Object({
  _csrf: csrf,
  originalLang: literals(CONTENT_LANGUAGES),
  ...recordProperties,
});
export type RecordBody = Static<typeof RecordBody>;

export const VersionBody = Type.Object({
  _csrf: csrf,
  ...versionProperties,
  note: text(LIMITS.note),
  publish: Type.Optional(Type.String({ maxLength: 10 })),
});
export type VersionBody = Static<typeof VersionBody>;

export const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 200 }) });
export const VersionParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 200 }),
  lang: Type.String({ minLength: 1, maxLength: 10 }),
});
export const RevisionParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 200 }),
  lang: Type.String({ minLength: 1, maxLength: 10 }),
  id: Type.String({ minLength: 1, maxLength: 64 }),
});
export const AttachmentParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 200 }),
  id: Type.String({ minLength: 1, maxLength: 64 }),
});

export const TranslateQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) });
export const RevisionQuery = Type.Object({
  against: Type.Optional(literals(['previous', 'current'] as const)),
});
export const DashboardQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});

export const TRANSITIONS = ['submit', 'publish', 'return', 'unpublish', 'archive', 'restore'] as const;
export const WorkflowBody = Type.Object({ _csrf: csrf, action: literals(TRANSITIONS) });
export const CsrfOnlyBody = Type.Object({ _csrf: csrf });

/** The upload form after @fastify/multipart has read it (see attachments routes). */
export const UploadBody = Type.Object({
  _csrf: csrf,
  attachmentTitle: text(LIMITS.attachmentTitle),
  attachmentLang: Type.Optional(Type.Union([Type.Literal(''), literals(CONTENT_LANGUAGES)])),
  file: Type.Optional(Type.Unknown()),
});
