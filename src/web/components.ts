// The UI kit: form controls with labels, hints and errors wired for assistive technology,
// an error summary, notices, definition lists that skip empty values, and pagination.
import type { Translator } from '../i18n/index.ts';
import type { FieldErrors } from './forms.ts';
import { html, type SafeHtml } from './html.ts';

export interface FieldOptions {
  name: string;
  /** The control's id when several forms on a page share field names (default: the name). */
  id?: string;
  label: string;
  value?: string | null;
  type?: 'text' | 'email' | 'password' | 'url' | 'search' | 'date' | 'number';
  required?: boolean;
  autocomplete?: string;
  hint?: string;
  maxLength?: number;
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): SafeHtml | string {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

function fieldShell(
  tr: Translator,
  opts: { name: string; id?: string; label: string; hint?: string; required?: boolean },
  error: string | undefined,
  control: SafeHtml,
): SafeHtml {
  const id = opts.id ?? opts.name;
  return html`<div class="field${error ? ' field-error' : ''}">
  <label for="${id}">${opts.label}${opts.required ? html` <span class="required">${tr.t('form.required')}</span>` : ''}</label>
  ${opts.hint ? html`<p class="hint" id="${id}-hint">${opts.hint}</p>` : ''}
  ${error ? html`<p class="error-message" id="${id}-error">${error}</p>` : ''}
  ${control}
</div>`;
}

export function textField(tr: Translator, errors: FieldErrors, opts: FieldOptions): SafeHtml {
  const err = errors[opts.name];
  const error = err ? tr.t(err.key, err.params) : undefined;
  const id = opts.id ?? opts.name;
  const control = html`<input id="${id}" name="${opts.name}" type="${opts.type ?? 'text'}"${opts.type === 'password' ? '' : html` value="${opts.value ?? ''}"`}${opts.required ? html` required` : ''}${opts.autocomplete ? html` autocomplete="${opts.autocomplete}"` : ''}${opts.maxLength ? html` maxlength="${opts.maxLength}"` : ''}${error ? html` aria-invalid="true"` : ''}${describedBy(id, opts.hint, error)}>`;
  return fieldShell(tr, opts, error, control);
}

export function textArea(
  tr: Translator,
  errors: FieldErrors,
  opts: Omit<FieldOptions, 'type' | 'autocomplete'> & { rows?: number },
): SafeHtml {
  const err = errors[opts.name];
  const error = err ? tr.t(err.key, err.params) : undefined;
  const id = opts.id ?? opts.name;
  const control = html`<textarea id="${id}" name="${opts.name}" rows="${opts.rows ?? 6}"${opts.required ? html` required` : ''}${opts.maxLength ? html` maxlength="${opts.maxLength}"` : ''}${error ? html` aria-invalid="true"` : ''}${describedBy(id, opts.hint, error)}>${opts.value ?? ''}</textarea>`;
  return fieldShell(tr, opts, error, control);
}

export interface SelectOptions {
  name: string;
  label: string;
  value?: string | null;
  options: { value: string; label: string }[];
  required?: boolean;
  hint?: string;
}

export function selectField(tr: Translator, errors: FieldErrors, opts: SelectOptions): SafeHtml {
  const err = errors[opts.name];
  const error = err ? tr.t(err.key, err.params) : undefined;
  const options = opts.options.map(
    (o) =>
      html`<option value="${o.value}"${o.value === (opts.value ?? '') ? html` selected` : ''}>${o.label}</option>`,
  );
  const control = html`<select id="${opts.name}" name="${opts.name}"${opts.required ? html` required` : ''}${error ? html` aria-invalid="true"` : ''}${describedBy(opts.name, opts.hint, error)}>${options}</select>`;
  return fieldShell(tr, opts, error, control);
}

export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

export function submitButton(
  label: string,
  variant: 'primary' | 'secondary' | 'danger' = 'primary',
): SafeHtml {
  return html`<button type="submit" class="button button-${variant}">${label}</button>`;
}

/** Listed at the top of a form that came back with errors; each entry links to its field (by id, when ids are not the names). */
export function errorSummary(
  tr: Translator,
  errors: FieldErrors,
  labels: Record<string, string>,
  formError?: string,
  idOf: (field: string) => string = (field) => field,
): SafeHtml {
  const entries = Object.entries(errors);
  if (entries.length === 0 && !formError) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1">
  <h2>${tr.t('form.errorSummary')}</h2>
  <ul>
    ${formError ? html`<li>${formError}</li>` : ''}
    ${entries.map(([field, e]) => html`<li><a href="#${idOf(field)}">${labels[field] ?? field}: ${tr.t(e.key, e.params)}</a></li>`)}
  </ul>
</div>`;
}

export function notice(kind: 'success' | 'info' | 'error' | 'warning', body: SafeHtml | string): SafeHtml {
  return html`<div class="notice notice-${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${body}</div>`;
}

/** A key-facts list that leaves out every entry without a value: no empty labelled fields. */
export function factList(
  entries: { label: string; value: SafeHtml | string | null | undefined }[],
): SafeHtml {
  const filled = entries.filter(
    (e) => e.value !== null && e.value !== undefined && String(e.value).trim() !== '',
  );
  if (filled.length === 0) return html``;
  return html`<dl class="facts">${filled.map((e) => html`<div><dt>${e.label}</dt><dd>${e.value}</dd></div>`)}</dl>`;
}

export function pagination(
  tr: Translator,
  input: { page: number; pageCount: number; href: (page: number) => string },
): SafeHtml {
  if (input.pageCount <= 1) return html``;
  const prev =
    input.page > 1
      ? html`<a rel="prev" href="${input.href(input.page - 1)}">${tr.t('pagination.previous')}</a>`
      : '';
  const next =
    input.page < input.pageCount
      ? html`<a rel="next" href="${input.href(input.page + 1)}">${tr.t('pagination.next')}</a>`
      : '';
  return html`<nav class="pagination" aria-label="${tr.t('pagination.label')}">${prev}<span>${input.page} / ${input.pageCount}</span>${next}</nav>`;
}

/** A translated sentence with one placeholder filled by markup (a link), the rest escaped. */
export function sentenceWith(
  tr: Translator,
  key: Parameters<Translator['t']>[0],
  name: string,
  markup: SafeHtml,
  params: Record<string, string | number> = {},
): SafeHtml {
  const marker = '\u0000';
  const [before = '', after = ''] = tr.t(key, { ...params, [name]: marker }).split(marker);
  return html`${before}${markup}${after}`;
}
