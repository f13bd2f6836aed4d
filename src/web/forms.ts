// Form validation results as catalog keys, translated when the form is rendered again.
import type { FastifyRequest, FastifySchemaValidationError } from 'fastify';
import type { TSchema } from 'typebox';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

export interface FieldError {
  key: MessageKey;
  params?: MessageParams;
}
export type FieldErrors = Record<string, FieldError>;

/** Map the schema validator's errors (TypeBox schemas, checked by Ajv) onto per-field messages. */
export function fieldErrorsFrom(errors: readonly FastifySchemaValidationError[] | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const error of errors ?? []) {
    const params = error.params as Record<string, unknown>;
    const field =
      error.keyword === 'required'
        ? String(params.missingProperty ?? '')
        : (error.instancePath.replace(/^\//, '').split('/')[0] ?? '');
    if (!field || out[field]) continue;
    out[field] = toFieldError(error.keyword, params);
  }
  return out;
}

function toFieldError(keyword: string, params: Record<string, unknown>): FieldError {
  switch (keyword) {
    case 'required':
      return { key: 'validation.required' };
    case 'minLength':
      return Number(params.limit) <= 1
        ? { key: 'validation.required' }
        : { key: 'validation.minLength', params: { limit: Number(params.limit) } };
    case 'maxLength':
      return { key: 'validation.maxLength', params: { limit: Number(params.limit) } };
    case 'format':
      return params.format === 'email' ? { key: 'validation.email' } : { key: 'validation.invalid' };
    case 'enum':
    case 'const':
    case 'anyOf':
      return { key: 'validation.choice' };
    default:
      return { key: 'validation.invalid' };
  }
}

/** Values typed into a form, as strings, for re-rendering (never echo passwords back). */
export function typedValues(
  body: unknown,
  omit: readonly string[] = ['password', 'passwordConfirm', 'current', '_csrf'],
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (omit.includes(key)) continue;
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') out[key] = value[0];
  }
  return out;
}

/** Check the confirmation field after the schema passed; returns errors to show, if any. */
export function passwordErrors(
  request: FastifyRequest,
  body: { password?: unknown; passwordConfirm?: unknown },
): FieldErrors {
  const errors = fieldErrorsFrom(request.validationError?.validation);
  // A body that is no form at all (JSON null, an array, a number) names no field: a plain 400.
  if (request.validationError && Object.keys(errors).length === 0) throw request.validationError;
  if (!errors.password && !errors.passwordConfirm && body.password !== body.passwordConfirm) {
    errors.passwordConfirm = { key: 'validation.passwordMismatch' };
  }
  return errors;
}

// --- Texts in every site language: one form field per locale, named from LOCALES.

/** The form field of a text in one language: `localeField('title', 'nl')` is `titleNl`. */
export function localeField<B extends string>(base: B, locale: Locale): LocaleField<B> {
  return `${base}${locale.charAt(0).toUpperCase()}${locale.slice(1)}` as LocaleField<B>;
}
export type LocaleField<B extends string> = `${B}${Capitalize<Locale>}`;

/** The schema properties of a text in every locale (`titleEn`, `titleNl`…), each given by `schema`. */
export function localeFields<B extends string, S extends TSchema>(
  base: B,
  schema: (locale: Locale) => S,
): Record<LocaleField<B>, S> {
  return Object.fromEntries(LOCALES.map((l) => [localeField(base, l), schema(l)])) as Record<
    LocaleField<B>,
    S
  >;
}

/** The texts typed into a text's locale fields, by locale, trimmed; empty ones left out. */
export function localeTexts(body: object, base: string): Record<string, string> {
  const values = body as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const locale of LOCALES) {
    const value = values[localeField(base, locale)];
    if (typeof value === 'string' && value.trim()) out[locale] = value.trim();
  }
  return out;
}
