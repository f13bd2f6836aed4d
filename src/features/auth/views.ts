import type { Locale, Translator } from '../../i18n/index.ts';
import { PASSWORD_MIN_LENGTH } from '../../lib/passwords.ts';
import { csrfField, errorSummary, submitButton, textField } from '../../web/components.ts';
import type { FieldErrors } from '../../web/forms.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { authPaths } from './paths.ts';

interface FormView {
  tr: Translator;
  locale: Locale;
  csrfToken: string;
  values: Record<string, string>;
  errors: FieldErrors;
  formError?: string;
}

export function signInView(v: FormView & { next: string | null }): SafeHtml {
  const labels = { email: v.tr.t('auth.email'), password: v.tr.t('auth.password') };
  return html`<div class="narrow">
<h1>${v.tr.t('auth.signIn.title')}</h1>
<p>${v.tr.t('auth.signIn.intro')}</p>
${errorSummary(v.tr, v.errors, labels, v.formError)}
<form method="post" action="${authPaths.signIn(v.locale)}" class="form" novalidate>
  ${csrfField(v.csrfToken)}
  ${v.next ? html`<input type="hidden" name="next" value="${v.next}">` : ''}
  ${textField(v.tr, v.errors, { name: 'email', label: labels.email, type: 'email', value: v.values.email, required: true, autocomplete: 'username' })}
  ${textField(v.tr, v.errors, { name: 'password', label: labels.password, type: 'password', required: true, autocomplete: 'current-password' })}
  ${submitButton(v.tr.t('auth.signIn.submit'))}
</form>
<p><a href="${authPaths.forgot(v.locale)}">${v.tr.t('auth.signIn.forgot')}</a></p>
</div>`;
}

export function forgotView(v: FormView): SafeHtml {
  const labels = { email: v.tr.t('auth.email') };
  return html`<div class="narrow">
<h1>${v.tr.t('auth.forgot.title')}</h1>
<p>${v.tr.t('auth.forgot.intro')}</p>
${errorSummary(v.tr, v.errors, labels, v.formError)}
<form method="post" action="${authPaths.forgot(v.locale)}" class="form" novalidate>
  ${csrfField(v.csrfToken)}
  ${textField(v.tr, v.errors, { name: 'email', label: labels.email, type: 'email', value: v.values.email, required: true, autocomplete: 'email' })}
  ${submitButton(v.tr.t('auth.forgot.submit'))}
</form>
</div>`;
}

export function forgotSentView(tr: Translator, email: string): SafeHtml {
  return html`<div class="narrow"><h1>${tr.t('auth.forgot.title')}</h1><p role="status">${tr.t('auth.forgot.sent', { email })}</p></div>`;
}

function newPasswordFields(v: FormView): SafeHtml {
  return html`${textField(v.tr, v.errors, { name: 'password', label: v.tr.t('auth.newPassword'), type: 'password', required: true, autocomplete: 'new-password', hint: v.tr.t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH }) })}
  ${textField(v.tr, v.errors, { name: 'passwordConfirm', label: v.tr.t('auth.passwordConfirm'), type: 'password', required: true, autocomplete: 'new-password' })}`;
}

export function resetView(v: FormView & { token: string }): SafeHtml {
  const labels = { password: v.tr.t('auth.newPassword'), passwordConfirm: v.tr.t('auth.passwordConfirm') };
  return html`<div class="narrow">
<h1>${v.tr.t('auth.reset.title')}</h1>
${errorSummary(v.tr, v.errors, labels, v.formError)}
<form method="post" action="${authPaths.reset(v.locale, v.token)}" class="form" novalidate>
  ${csrfField(v.csrfToken)}
  ${newPasswordFields(v)}
  ${submitButton(v.tr.t('auth.reset.submit'))}
</form>
</div>`;
}

export function inviteView(v: FormView & { token: string; role: string }): SafeHtml {
  const labels = {
    displayName: v.tr.t('auth.displayName'),
    password: v.tr.t('auth.newPassword'),
    passwordConfirm: v.tr.t('auth.passwordConfirm'),
  };
  return html`<div class="narrow">
<h1>${v.tr.t('auth.invite.title')}</h1>
<p>${v.tr.t('auth.invite.intro', { role: v.role })}</p>
${errorSummary(v.tr, v.errors, labels, v.formError)}
<form method="post" action="${authPaths.invitation(v.locale, v.token)}" class="form" novalidate>
  ${csrfField(v.csrfToken)}
  ${textField(v.tr, v.errors, { name: 'displayName', label: labels.displayName, value: v.values.displayName, required: true, autocomplete: 'name', maxLength: 120 })}
  ${newPasswordFields(v)}
  ${submitButton(v.tr.t('auth.invite.submit'))}
</form>
</div>`;
}

export function tokenInvalidView(tr: Translator, locale: Locale): SafeHtml {
  return html`<div class="narrow">
<h1>${tr.t('auth.token.invalid.title')}</h1>
<p>${tr.t('auth.token.invalid.body')}</p>
<p><a href="${authPaths.forgot(locale)}">${tr.t('auth.signIn.forgot')}</a></p>
</div>`;
}
