// Request schemas of the editorial pages (TypeBox), and the editorial forms turned into service
// inputs. One body schema covers every item type: the fields a type does not use are simply
// ignored (TYPE_SPECS decides which are read). The schema checks types, lengths and formats; the
// rules that need more than one field (or a calendar) are checked below, and the values shaped into
// what the item services take. Errors are catalog keys, translated when rendered.
import type { FastifySchemaValidationError } from 'fastify';
import { Type, type Static } from 'typebox';
import { ITEM_TYPES, type ContentType } from '../../kernel/content-types.ts';
import { fieldErrorsFrom, type FieldErrors } from '../../web/forms.ts';
import type { ItemLinks, VersionText } from '../items/domain/records.ts';
import {
  ORG_ROLES,
  TEXT_FIELDS,
  TYPE_SPECS,
  type NeutralField,
  type OrgRole,
} from '../items/domain/type-specs.ts';
import { COUNTRY_CODES, CONTENT_LANGUAGES, LEVELS, THEMES } from '../reference/domain/vocabulary.ts';

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
// Empty, or a calendar date; the calendar itself (no 31 February) is checked below (isCalendarDate).
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

// --- Forms → service inputs.

/** What the user typed, kept for re-rendering: strings, and lists for checkboxes and multi-selects. */
export type FormValues = Record<string, string | string[]>;

export const DATE_FIELDS: readonly NeutralField[] = ['publishedOn', 'startsOn', 'endsOn'];
export const URL_FIELDS: readonly NeutralField[] = ['externalUrl', 'registrationUrl', 'onlineUrl'];
export const YEAR_FIELDS: readonly NeutralField[] = ['yearStart', 'yearEnd'];

export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return out;
}

/** Schema errors as field messages; dates, years and web addresses get a message that says how. */
export function formErrors(validation: readonly FastifySchemaValidationError[] | undefined): FieldErrors {
  const errors = fieldErrorsFrom(validation);
  for (const [field, error] of Object.entries(errors)) {
    if (error.key === 'validation.required' || error.key === 'validation.maxLength') continue;
    if ((DATE_FIELDS as readonly string[]).includes(field))
      errors[field] = { key: 'editorial.validation.date' };
    else if ((URL_FIELDS as readonly string[]).includes(field))
      errors[field] = { key: 'editorial.validation.url' };
    else if ((YEAR_FIELDS as readonly string[]).includes(field))
      errors[field] = { key: 'editorial.validation.year' };
  }
  return errors;
}

const str = (body: Record<string, unknown>, name: string): string =>
  typeof body[name] === 'string' ? (body[name] as string).trim() : '';
const list = (body: Record<string, unknown>, name: string): string[] => {
  const value = body[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
};

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export interface RecordInput {
  visibility: 'public' | 'members';
  neutral: Partial<Record<NeutralField, string | number | null>>;
  sourceNote: string | null;
  links: ItemLinks;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The roles of linked organisations the form of a type edits (the owner has a field of its own). */
export function formOrgRoles(type: ContentType): OrgRole[] {
  return TYPE_SPECS[type].orgRoles.filter((role) => role !== 'owner');
}

/**
 * The language-neutral part of an item form (dates, links, classification) for one item type.
 * `kept` are the links the form does not show (related items, organisations in roles other
 * modules set, such as a dossier's requester): saving the form must not drop them.
 */
export function recordFromForm(
  type: ContentType,
  raw: unknown,
  kept: Pick<ItemLinks, 'organisations' | 'related'> = { organisations: [], related: [] },
): Parsed<RecordInput> {
  const body = (raw ?? {}) as Record<string, unknown>;
  const spec = TYPE_SPECS[type];
  const errors: FieldErrors = {};
  const neutral: Partial<Record<NeutralField, string | number | null>> = {};
  for (const field of spec.neutral) {
    const value = str(body, field);
    if (value === '') neutral[field] = null;
    else if (DATE_FIELDS.includes(field) && !isCalendarDate(value))
      errors[field] = { key: 'editorial.validation.date' };
    else if (YEAR_FIELDS.includes(field)) {
      const year = Number(value);
      if (year < 1900 || year > 2100) errors[field] = { key: 'editorial.validation.year' };
      else neutral[field] = year;
    } else neutral[field] = value;
  }
  const startsOn = neutral.startsOn,
    endsOn = neutral.endsOn;
  if (typeof startsOn === 'string' && typeof endsOn === 'string' && endsOn < startsOn && !errors.endsOn)
    errors.endsOn = { key: 'editorial.validation.endBeforeStart' };
  const yearStart = neutral.yearStart,
    yearEnd = neutral.yearEnd;
  if (typeof yearStart === 'number' && typeof yearEnd === 'number' && yearEnd < yearStart && !errors.yearEnd)
    errors.yearEnd = { key: 'editorial.validation.endBeforeStart' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const roles = formOrgRoles(type);
  const organisations = [
    ...roles.flatMap((role) => list(body, orgFieldName(role)).map((id) => ({ id, role }))),
    ...kept.organisations.filter((o) => o.role !== 'owner' && !roles.includes(o.role)),
  ];
  const visibility = body.visibility === 'members' ? 'members' : 'public';
  return {
    ok: true,
    value: {
      visibility,
      neutral,
      sourceNote: str(body, 'sourceNote') || null,
      links: {
        organisations,
        countries: list(body, 'countries'),
        regions: list(body, 'regions'),
        levels: spec.classified ? list(body, 'levels') : [],
        themes: spec.classified ? list(body, 'themes') : [],
        related: kept.related,
      },
    },
  };
}

/** The text of one language version: title, summary, body and the type's own text fields. */
export function versionFromForm(type: ContentType, raw: unknown): Parsed<VersionText> {
  const body = (raw ?? {}) as Record<string, unknown>;
  const errors: FieldErrors = {};
  const title = str(body, 'title');
  const summary = str(body, 'summary');
  if (!title) errors.title = { key: 'validation.required' };
  if (!summary) errors.summary = { key: 'validation.required' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const fields: Record<string, string> = {};
  for (const field of TYPE_SPECS[type].text) {
    const value = str(body, textFieldName(field));
    if (value) fields[field] = value;
  }
  return {
    ok: true,
    value: {
      title,
      summary,
      body: typeof body.body === 'string' ? body.body.replace(/\r\n/g, '\n').trimEnd() : '',
      fields,
    },
  };
}

/** Form values for an existing record and version, the way the form fields are named. */
export function valuesFromItem(
  item: {
    visibility: string;
    organisationId: string | null;
    originalLang: string;
    neutral: Record<string, string | number | null>;
    sourceNote: string | null;
  },
  links: ItemLinks,
): FormValues {
  const values: FormValues = {
    visibility: item.visibility,
    organisationId: item.organisationId ?? '',
    originalLang: item.originalLang,
    sourceNote: item.sourceNote ?? '',
    countries: links.countries,
    regions: links.regions,
    levels: links.levels,
    themes: links.themes,
  };
  for (const [field, value] of Object.entries(item.neutral))
    values[field] = value === null ? '' : String(value);
  for (const role of ORG_ROLES)
    if (role !== 'owner')
      values[orgFieldName(role)] = links.organisations.filter((o) => o.role === role).map((o) => o.id);
  return values;
}

export function valuesFromText(text: VersionText): FormValues {
  const values: FormValues = { title: text.title, summary: text.summary, body: text.body };
  for (const [field, value] of Object.entries(text.fields)) values[textFieldName(field)] = value;
  return values;
}

/** A reference the service could not find, as the field it came from. */
export function referenceErrors(detail: string | undefined): {
  errors: FieldErrors;
  formErrorKey?: 'editorial.validation.unknownOrganisation';
} {
  if (detail === 'country') return { errors: { countries: { key: 'validation.choice' } } };
  if (detail === 'region') return { errors: { regions: { key: 'validation.choice' } } };
  return { errors: {}, formErrorKey: 'editorial.validation.unknownOrganisation' };
}
