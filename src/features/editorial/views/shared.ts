// Pieces shared by the editorial pages: state labels, breadcrumbs, grouped checkboxes and radio
// buttons with legends, language choices and the workflow buttons.
import type { Locale, MessageKey, Translator } from '../../../i18n/index.ts';
import type { VersionState } from '../../items/tables.ts';
import { csrfField } from '../../../web/components.ts';
import type { FieldErrors } from '../../../web/forms.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import type { Transition } from '../../items/policy.ts';
import { CONTENT_LANGUAGES, languageName } from '../../reference/domain/vocabulary.ts';
import type { FormValues } from '../schema.ts';
import { editorialPaths } from '../paths.ts';
import { compareIn } from '../../../lib/text.ts';

export interface Base {
  tr: Translator;
  locale: Locale;
  csrfToken: string;
}

/** "Draft", "In review", "Published", "Archived" — and "Published, changes in draft" when both. */
export function stateBadge(tr: Translator, state: VersionState, live: boolean): SafeHtml {
  const label = state === 'draft' && live ? tr.t('editorial.state.changesInDraft') : tr.t(`state.${state}`);
  return html`<span class="ed-state ed-state-${state === 'draft' && live ? 'changes' : state}">${label}</span>`;
}

export function breadcrumbs(tr: Translator, trail: { href?: string; label: string }[]): SafeHtml {
  return html`<nav class="ed-breadcrumbs" aria-label="${tr.t('editorial.breadcrumbs')}"><ol>${trail.map(
    (step) =>
      step.href
        ? html`<li><a href="${step.href}">${step.label}</a></li>`
        : html`<li><span aria-current="page">${step.label}</span></li>`,
  )}</ol></nav>`;
}

export function valueOf(values: FormValues, name: string): string {
  const v = values[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? '') : '';
}

export function listOf(values: FormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
}

function errorOf(tr: Translator, errors: FieldErrors, name: string): string | undefined {
  const e = errors[name];
  return e ? tr.t(e.key, e.params) : undefined;
}

interface GroupOptions {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string; hint?: string }[];
  /** A long list scrolls inside its box. */
  scroll?: boolean;
}

/** Checkboxes in a fieldset whose legend names the group (the fieldset carries the field's id). */
export function checkboxGroup(
  tr: Translator,
  errors: FieldErrors,
  values: FormValues,
  opts: GroupOptions,
): SafeHtml {
  const chosen = new Set(listOf(values, opts.name));
  const error = errorOf(tr, errors, opts.name);
  const described = [opts.hint ? `${opts.name}-hint` : '', error ? `${opts.name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<fieldset class="ed-group${error ? ' field-error' : ''}" id="${opts.name}"${described ? html` aria-describedby="${described}"` : ''}>
  <legend>${opts.legend}</legend>
  ${opts.hint ? html`<p class="hint" id="${opts.name}-hint">${opts.hint}</p>` : ''}
  ${error ? html`<p class="error-message" id="${opts.name}-error">${error}</p>` : ''}
  <div class="ed-choices${opts.scroll ? ' ed-choices-scroll' : ''}">${opts.options.map(
    (o) =>
      html`<div class="ed-choice"><input type="checkbox" id="${opts.name}-${o.value}" name="${opts.name}" value="${o.value}"${chosen.has(o.value) ? html` checked` : ''}><label for="${opts.name}-${o.value}">${o.label}</label></div>`,
  )}</div>
</fieldset>`;
}

export function radioGroup(
  tr: Translator,
  errors: FieldErrors,
  values: FormValues,
  opts: GroupOptions & { fallback: string },
): SafeHtml {
  const current = valueOf(values, opts.name) || opts.fallback;
  const error = errorOf(tr, errors, opts.name);
  return html`<fieldset class="ed-group${error ? ' field-error' : ''}" id="${opts.name}">
  <legend>${opts.legend}</legend>
  ${error ? html`<p class="error-message">${error}</p>` : ''}
  <div class="ed-radios">${opts.options.map(
    (o) =>
      html`<div class="ed-choice"><input type="radio" id="${opts.name}-${o.value}" name="${opts.name}" value="${o.value}"${o.value === current ? html` checked` : ''}${o.hint ? html` aria-describedby="${opts.name}-${o.value}-hint"` : ''}><label for="${opts.name}-${o.value}">${o.label}</label>${o.hint ? html`<p class="hint" id="${opts.name}-${o.value}-hint">${o.hint}</p>` : ''}</div>`,
  )}</div>
</fieldset>`;
}

/** Content languages by their name in the reader's language. */
export function languageOptions(
  locale: Locale,
  only?: readonly string[],
): { value: string; label: string }[] {
  return (only ?? CONTENT_LANGUAGES)
    .map((code) => ({ value: code, label: languageName(code, locale) }))
    .sort((a, b) => compareIn(locale)(a.label, b.label));
}

const ACTION_LABELS: Record<Transition, MessageKey> = {
  submit: 'editorial.action.submit',
  publish: 'editorial.action.publish',
  return: 'editorial.action.return',
  unpublish: 'editorial.action.unpublish',
  archive: 'editorial.action.archive',
  restore: 'editorial.action.restore',
};

export function actionLabel(tr: Translator, action: Transition): string {
  return tr.t(ACTION_LABELS[action]);
}

/** One small POST form per allowed workflow step; the language is named for screen readers. */
export function workflowButtons(b: Base, slug: string, lang: string, actions: Transition[]): SafeHtml {
  if (actions.length === 0) return html``;
  const language = languageName(lang, b.locale);
  return html`<div class="ed-actions">${actions.map(
    (action) => html`<form method="post" action="${editorialPaths.workflow(b.locale, slug, lang)}">
  ${csrfField(b.csrfToken)}<input type="hidden" name="action" value="${action}">
  <button type="submit" class="button ${action === 'publish' || action === 'submit' ? 'button-primary' : action === 'archive' || action === 'unpublish' ? 'button-quiet ed-button-warn' : 'button-secondary'}">${actionLabel(b.tr, action)}<span class="ed-visually-hidden"> (${language})</span></button>
</form>`,
  )}</div>`;
}

/** The body of a page for a request that conflicts with the current state (409), with a way back. */
export function conflictView(tr: Translator, message: string, back: string): SafeHtml {
  return html`<div class="error-page">
  <h1>${tr.t('editorial.conflict.title')}</h1>
  <p>${message}</p>
  <p><a href="${back}">${tr.t('editorial.conflict.back')}</a></p>
</div>`;
}
