import type { Locale, Translator } from '../../i18n/index.ts';
import {
  csrfField,
  errorSummary,
  factList,
  pagination,
  selectField,
  submitButton,
  textField,
} from '../../web/components.ts';
import type { FieldErrors } from '../../web/forms.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import type { AuditEntry } from '../audit/service.ts';
import type { MailMessage } from '../mail/service.ts';
import type { OrganisationOption } from '../organisations/service.ts';
import { type User, ROLES, USER_STATUSES } from '../../kernel/identity.ts';
import { adminPaths } from './paths.ts';
import { LOCALES } from '../../i18n/locales.ts';

interface Base {
  tr: Translator;
  locale: Locale;
}

export function adminHomeView({ tr, locale }: Base): SafeHtml {
  return html`<h1>${tr.t('admin.title')}</h1>
<p>${tr.t('admin.intro')}</p>
<ul class="card-list">
  <li class="card"><h2><a href="${adminPaths.section(locale, 'users')}">${tr.t('admin.users')}</a></h2></li>
  <li class="card"><h2><a href="${adminPaths.section(locale, 'outbox')}">${tr.t('admin.outbox')}</a></h2></li>
  <li class="card"><h2><a href="${adminPaths.section(locale, 'audit')}">${tr.t('admin.audit')}</a></h2></li>
</ul>`;
}

function adminNav({ tr, locale }: Base, current: 'users' | 'outbox' | 'audit'): SafeHtml {
  const item = (key: typeof current, label: string) =>
    html`<li><a href="${adminPaths.section(locale, key)}"${key === current ? html` aria-current="page"` : ''}>${label}</a></li>`;
  return html`<nav class="sub-nav" aria-label="${tr.t('admin.title')}"><ul>${item('users', tr.t('admin.users'))}${item('outbox', tr.t('admin.outbox'))}${item('audit', tr.t('admin.audit'))}</ul></nav>`;
}

export function usersView(
  b: Base & { users: User[]; total: number; page: number; pageCount: number },
): SafeHtml {
  const { tr, locale } = b;
  return html`${adminNav(b, 'users')}
<h1>${tr.t('admin.users')}</h1>
<p><a class="button button-primary" href="${adminPaths.newUser(locale)}">${tr.t('admin.users.invite')}</a></p>
<p>${tr.t('admin.users.count', { count: b.total })}</p>
<div class="table-wrap"><table>
  <thead><tr><th scope="col">${tr.t('table.name')}</th><th scope="col">${tr.t('table.email')}</th><th scope="col">${tr.t('table.role')}</th><th scope="col">${tr.t('table.status')}</th><th scope="col">${tr.t('table.organisation')}</th></tr></thead>
  <tbody>${b.users.map(
    (u) =>
      html`<tr><td><a href="${adminPaths.user(locale, u.id)}">${u.displayName}</a></td><td>${u.email}</td><td>${tr.t(`role.${u.role}`)}</td><td>${tr.t(`status.${u.status}`)}</td><td>${u.organisationName ?? '—'}</td></tr>`,
  )}</tbody>
</table></div>
${pagination(tr, { page: b.page, pageCount: b.pageCount, href: (p) => adminPaths.section(locale, 'users', p) })}`;
}

function organisationOptions(tr: Translator, organisations: OrganisationOption[]) {
  return [
    { value: '', label: tr.t('admin.users.noOrganisation') },
    ...organisations.map((o) => ({ value: o.id, label: o.name })),
  ];
}

export function inviteView(
  b: Base & {
    csrfToken: string;
    values: Record<string, string>;
    errors: FieldErrors;
    formError?: string;
    organisations: OrganisationOption[];
  },
): SafeHtml {
  const { tr, locale } = b;
  const labels = {
    email: tr.t('auth.email'),
    displayName: tr.t('table.name'),
    role: tr.t('table.role'),
    organisationId: tr.t('table.organisation'),
    locale: tr.t('site.languageSwitch'),
  };
  return html`${adminNav(b, 'users')}
<div class="narrow">
<h1>${tr.t('admin.users.invite')}</h1>
${errorSummary(tr, b.errors, labels, b.formError)}
<form method="post" action="${adminPaths.newUser(locale)}" class="form" novalidate>
  ${csrfField(b.csrfToken)}
  ${textField(tr, b.errors, { name: 'email', label: labels.email, type: 'email', value: b.values.email, required: true })}
  ${textField(tr, b.errors, { name: 'displayName', label: labels.displayName, value: b.values.displayName, required: true, maxLength: 120 })}
  ${selectField(tr, b.errors, { name: 'role', label: labels.role, value: b.values.role ?? 'member', required: true, options: ROLES.map((r) => ({ value: r, label: tr.t(`role.${r}`) })) })}
  ${selectField(tr, b.errors, { name: 'organisationId', label: labels.organisationId, value: b.values.organisationId ?? '', options: organisationOptions(tr, b.organisations) })}
  ${selectField(tr, b.errors, {
    name: 'locale',
    label: labels.locale,
    value: b.values.locale ?? locale,
    required: true,
    options: LOCALES.map((l) => ({ value: l, label: tr.t(`site.languageName.${l}`) })),
  })}
  ${submitButton(tr.t('admin.users.inviteSubmit'))}
</form>
</div>`;
}

export function editUserView(
  b: Base & {
    csrfToken: string;
    user: User;
    values: Record<string, string>;
    errors: FieldErrors;
    formError?: string;
    organisations: OrganisationOption[];
  },
): SafeHtml {
  const { tr, locale, user } = b;
  const labels = {
    role: tr.t('table.role'),
    status: tr.t('table.status'),
    organisationId: tr.t('table.organisation'),
  };
  return html`${adminNav(b, 'users')}
<div class="narrow">
<h1>${tr.t('admin.users.edit', { name: user.displayName })}</h1>
${factList([
  { label: tr.t('auth.email'), value: user.email },
  {
    label: tr.t('account.lastSignIn'),
    value: user.lastLoginAt ? tr.dateTime(user.lastLoginAt) : tr.t('account.never'),
  },
])}
${errorSummary(tr, b.errors, labels, b.formError)}
<form method="post" action="${adminPaths.user(locale, user.id)}" class="form" novalidate>
  ${csrfField(b.csrfToken)}
  ${selectField(tr, b.errors, { name: 'role', label: labels.role, value: b.values.role ?? user.role, required: true, options: ROLES.map((r) => ({ value: r, label: tr.t(`role.${r}`) })) })}
  ${selectField(tr, b.errors, { name: 'status', label: labels.status, value: b.values.status ?? user.status, required: true, options: USER_STATUSES.map((s) => ({ value: s, label: tr.t(`status.${s}`) })) })}
  ${selectField(tr, b.errors, { name: 'organisationId', label: labels.organisationId, value: b.values.organisationId ?? user.organisationId ?? '', options: organisationOptions(tr, b.organisations) })}
  ${submitButton(tr.t('admin.users.save'))}
</form>
</div>`;
}

export function outboxView(b: Base & { messages: MailMessage[]; page: number; pageCount: number }): SafeHtml {
  const { tr, locale } = b;
  const rows = b.messages.map(
    (m) =>
      html`<tr><td><a href="${adminPaths.message(locale, m.id)}">${m.subject}</a></td><td>${m.to}</td><td>${tr.t(`admin.outbox.status.${m.status}`)}</td><td>${tr.dateTime(m.createdAt)}</td></tr>`,
  );
  return html`${adminNav(b, 'outbox')}
<h1>${tr.t('admin.outbox')}</h1>
<p>${tr.t('admin.outbox.intro')}</p>
${
  b.messages.length === 0
    ? html`<p>${tr.t('admin.outbox.empty')}</p>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th scope="col">${tr.t('admin.outbox.subject')}</th><th scope="col">${tr.t('admin.outbox.to')}</th><th scope="col">${tr.t('admin.outbox.status')}</th><th scope="col">${tr.t('admin.outbox.created')}</th></tr></thead>
  <tbody>${rows}</tbody></table></div>`
}
${pagination(tr, { page: b.page, pageCount: b.pageCount, href: (p) => adminPaths.section(locale, 'outbox', p) })}`;
}

export function messageView(b: Base & { message: MailMessage }): SafeHtml {
  const { tr, message: m } = b;
  return html`${adminNav(b, 'outbox')}
<h1>${m.subject}</h1>
${factList([
  { label: tr.t('admin.outbox.to'), value: m.to },
  { label: tr.t('admin.outbox.status'), value: tr.t(`admin.outbox.status.${m.status}`) },
  { label: tr.t('admin.outbox.created'), value: tr.dateTime(m.createdAt) },
  { label: tr.t('admin.outbox.attempts'), value: m.attempts > 0 ? tr.number(m.attempts) : null },
  { label: tr.t('admin.outbox.lastError'), value: m.lastError },
])}
<pre class="mail-body">${m.text}</pre>`;
}

export function auditView(b: Base & { entries: AuditEntry[]; page: number; pageCount: number }): SafeHtml {
  const { tr, locale } = b;
  const rows = b.entries.map(
    (e) =>
      html`<tr><td>${tr.dateTime(e.createdAt)}</td><td>${e.actorName ?? tr.t('admin.audit.system')}</td><td><code>${e.action}</code></td><td>${e.subjectType}${e.subjectId ? html` <code>${e.subjectId.slice(0, 8)}</code>` : ''}</td></tr>`,
  );
  return html`${adminNav(b, 'audit')}
<h1>${tr.t('admin.audit')}</h1>
<p>${tr.t('admin.audit.intro')}</p>
${
  b.entries.length === 0
    ? html`<p>${tr.t('admin.audit.empty')}</p>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th scope="col">${tr.t('admin.audit.when')}</th><th scope="col">${tr.t('admin.audit.who')}</th><th scope="col">${tr.t('admin.audit.what')}</th><th scope="col">${tr.t('admin.audit.subject')}</th></tr></thead>
  <tbody>${rows}</tbody></table></div>`
}
${pagination(tr, { page: b.page, pageCount: b.pageCount, href: (p) => adminPaths.section(locale, 'audit', p) })}`;
}
