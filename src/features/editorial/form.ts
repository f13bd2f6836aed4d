// Editorial forms → service inputs. The schema has already checked types, lengths and formats;
// here the rules that need more than one field (or a calendar) are checked, and the values are
// shaped into what the item services take. Errors are catalog keys, translated when rendered.
import type { FastifySchemaValidationError } from 'fastify';
import { fieldErrorsFrom, type FieldErrors } from '../../web/forms.ts';
import type { ItemLinks, VersionText } from '../items/repository.ts';
import { ORG_ROLES, TYPE_SPECS, type NeutralField, type OrgRole } from '../items/domain/type-specs.ts';
import type { ContentType } from '../../kernel/content-types.ts';
import { orgFieldName, textFieldName } from './schema.ts';

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
