// The editors' merge page: choose the organisation that stays, confirm, and everything moves.
import type { Translator } from '../../i18n/index.ts';
import { csrfField, errorSummary, selectField, submitButton } from '../../web/components.ts';
import type { FieldErrors } from '../../web/forms.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { organisationPaths } from './paths.ts';
import type { MergeForm } from './service.ts';

function confirmField(tr: Translator, errors: FieldErrors, checked: boolean): SafeHtml {
  const err = errors.confirm;
  const error = err ? tr.t(err.key, err.params) : undefined;
  return html`<div class="field field-checkbox${error ? ' field-error' : ''}">
  ${error ? html`<p class="error-message" id="confirm-error">${error}</p>` : ''}
  <input type="checkbox" id="confirm" name="confirm" value="yes"${checked ? html` checked` : ''}${error ? html` aria-invalid="true" aria-describedby="confirm-error"` : ''}>
  <label for="confirm">${tr.t('organisations.merge.confirm')}</label>
</div>`;
}

export function mergeView(
  tr: Translator,
  form: MergeForm,
  input: { csrfToken: string; values: Record<string, string>; errors: FieldErrors; formError?: string },
): SafeHtml {
  const org = form.organisation;
  const locale = tr.locale;
  const labels = {
    into: tr.t('organisations.merge.into'),
    confirm: tr.t('organisations.merge.confirmLabel'),
  };
  const options = [
    { value: '', label: tr.t('organisations.merge.choose') },
    ...form.options.map((o) => ({ value: o.id, label: o.name })),
  ];
  return html`<div class="narrow">
<nav class="breadcrumb" aria-label="${tr.t('organisations.breadcrumbs')}"><ol>
  <li><a href="${organisationPaths.directory(locale)}">${tr.t('organisations.title')}</a></li>
  <li><a href="${organisationPaths.organisation(locale, org.slug)}">${org.name}</a></li>
</ol></nav>
<h1>${tr.t('organisations.merge.title', { name: org.name })}</h1>
${errorSummary(tr, input.errors, labels, input.formError)}
<p>${tr.t('organisations.merge.explain', { name: org.name })}</p>
<p>${tr.t('organisations.merge.links', { count: form.linkCount })}</p>
<form method="post" action="${organisationPaths.merge(locale, org.slug)}" class="form" novalidate>
  ${csrfField(input.csrfToken)}
  ${selectField(tr, input.errors, { name: 'into', label: labels.into, value: input.values.into, options, required: true })}
  ${confirmField(tr, input.errors, input.values.confirm === 'yes')}
  ${submitButton(tr.t('organisations.merge.submit'), 'danger')}
</form>
<p><a href="${organisationPaths.organisation(locale, org.slug)}">${tr.t('organisations.merge.cancel')}</a></p>
</div>`;
}
