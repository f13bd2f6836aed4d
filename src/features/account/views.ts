import type { Locale, Translator } from '../../i18n/index.ts';
import { PASSWORD_MIN_LENGTH } from '../../lib/passwords.ts';
import { csrfField, errorSummary, factList, submitButton, textField } from '../../web/components.ts';
import type { FieldErrors } from '../../web/forms.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import type { User } from '../../kernel/identity.ts';
import { authPaths } from '../auth/paths.ts';
import { accountPaths } from './paths.ts';

export function accountView(v: {
  tr: Translator;
  locale: Locale;
  csrfToken: string;
  user: User;
  sessions: number;
  errors: FieldErrors;
  formError?: string;
}): SafeHtml {
  const { tr } = v;
  const labels = {
    current: tr.t('account.currentPassword'),
    password: tr.t('auth.newPassword'),
    passwordConfirm: tr.t('auth.passwordConfirm'),
  };
  return html`<h1>${tr.t('account.title')}</h1>
<section aria-labelledby="details-h">
  <h2 id="details-h">${tr.t('account.details')}</h2>
  ${factList([
    { label: tr.t('table.name'), value: v.user.displayName },
    { label: tr.t('auth.email'), value: v.user.email },
    { label: tr.t('account.role'), value: tr.t(`role.${v.user.role}`) },
    { label: tr.t('account.organisation'), value: v.user.organisationName },
    {
      label: tr.t('account.lastSignIn'),
      value: v.user.lastLoginAt ? tr.dateTime(v.user.lastLoginAt) : tr.t('account.never'),
    },
  ])}
</section>
<section aria-labelledby="sessions-h">
  <h2 id="sessions-h">${tr.t('account.sessions')}</h2>
  <p>${tr.t('account.sessionsCount', { count: v.sessions })}</p>
  <form method="post" action="${authPaths.signOutEverywhere(v.locale)}">
    ${csrfField(v.csrfToken)}
    ${submitButton(tr.t('account.signOutEverywhere'), 'secondary')}
  </form>
</section>
<section aria-labelledby="password-h" class="narrow">
  <h2 id="password-h">${tr.t('account.changePassword')}</h2>
  ${errorSummary(tr, v.errors, labels, v.formError)}
  <form method="post" action="${accountPaths.password(v.locale)}" class="form" novalidate>
    ${csrfField(v.csrfToken)}
    ${textField(tr, v.errors, { name: 'current', label: labels.current, type: 'password', required: true, autocomplete: 'current-password' })}
    ${textField(tr, v.errors, { name: 'password', label: labels.password, type: 'password', required: true, autocomplete: 'new-password', hint: tr.t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH }) })}
    ${textField(tr, v.errors, { name: 'passwordConfirm', label: labels.passwordConfirm, type: 'password', required: true, autocomplete: 'new-password' })}
    ${submitButton(tr.t('account.changePassword'))}
  </form>
</section>`;
}
