// The editors' inbox: a list of requests by status, and one request with its history and actions.
import type { Locale, Translator } from '../../i18n/index.ts';
import type { SupportStatus } from './tables.ts';
import { countryName } from '../reference/domain/vocabulary.ts';
import {
  csrfField,
  factList,
  pagination,
  selectField,
  submitButton,
  textArea,
} from '../../web/components.ts';
import type { FieldErrors } from '../../web/forms.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { editorialPaths } from '../editorial/paths.ts';
import type { SupportMessage, SupportRequest } from './service.ts';
import { SUPPORT_STATUSES } from './schema.ts';
import { supportPaths } from './paths.ts';

interface Base {
  tr: Translator;
  locale: Locale;
}

export function inboxView(
  b: Base & {
    requests: SupportRequest[];
    total: number;
    counts: Record<string, number>;
    status: SupportStatus | undefined;
    page: number;
    pageCount: number;
  },
): SafeHtml {
  const { tr, locale } = b;
  const tab = (status: SupportStatus | undefined, label: string, count: number) =>
    html`<li><a href="${supportPaths.inbox(locale, status ? `status=${status}` : '')}"${status === b.status ? html` aria-current="page"` : ''}>${label} (${tr.number(count)})</a></li>`;
  const all = Object.values(b.counts).reduce((s, n) => s + n, 0);
  return html`<h1>${tr.t('support.inbox.title')}</h1>
<p>${tr.t('support.inbox.intro')}</p>
<nav class="sub-nav" aria-label="${tr.t('support.inbox.status')}"><ul>
  ${tab(undefined, tr.t('support.inbox.all'), all)}
  ${SUPPORT_STATUSES.map((s) => tab(s, tr.t(`support.status.${s}`), b.counts[s] ?? 0))}
</ul></nav>
<p>${tr.t('support.inbox.count', { count: b.total })}</p>
${
  b.requests.length === 0
    ? html`<p>${tr.t('support.inbox.empty')}</p>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th scope="col">${tr.t('support.inbox.reference')}</th><th scope="col">${tr.t('support.inbox.received')}</th><th scope="col">${tr.t('support.inbox.organisation')}</th><th scope="col">${tr.t('support.inbox.country')}</th><th scope="col">${tr.t('support.inbox.instrument')}</th><th scope="col">${tr.t('support.inbox.status')}</th></tr></thead>
  <tbody>${b.requests.map(
    (r) =>
      html`<tr><td><a href="${supportPaths.request(locale, r.id)}">${r.reference}</a></td><td>${tr.date(r.createdAt, 'medium')}</td><td>${r.organisationName}</td><td>${countryName(r.countryCode, locale)}</td><td>${tr.t(`support.instrument.${r.instrument as 'taskforce'}`)}</td><td><span class="badge badge-${r.status}">${tr.t(`support.status.${r.status}`)}</span></td></tr>`,
  )}</tbody></table></div>`
}
${pagination(tr, { page: b.page, pageCount: b.pageCount, href: (p) => supportPaths.inbox(locale, `${b.status ? `status=${b.status}&` : ''}page=${p}`) })}`;
}

function thread(tr: Translator, messages: SupportMessage[]): SafeHtml {
  if (messages.length === 0) return html`<p>${tr.t('support.inbox.threadEmpty')}</p>`;
  return html`<ol class="thread">${messages.map(
    (m) =>
      html`<li class="thread-${m.kind}"><p class="muted">${tr.t(`support.inbox.kind.${m.kind}`)} · ${m.authorName ?? ''} · ${tr.dateTime(m.createdAt)}</p><p class="thread-body">${m.body}</p></li>`,
  )}</ol>`;
}

export function requestView(
  b: Base & {
    csrfToken: string;
    request: SupportRequest;
    messages: SupportMessage[];
    regionLabel: string | null;
    errors: FieldErrors;
    values: Record<string, string>;
    canCreateDossier: boolean;
    dossierSlug: string | null;
  },
): SafeHtml {
  const { tr, locale, request: r } = b;
  return html`<p><a href="${supportPaths.inbox(locale)}">← ${tr.t('support.inbox.title')}</a></p>
<h1>${r.reference} · ${r.organisationName}</h1>
${factList([
  { label: tr.t('support.inbox.status'), value: tr.t(`support.status.${r.status}`) },
  { label: tr.t('support.inbox.received'), value: tr.dateTime(r.createdAt) },
  { label: tr.t('support.inbox.country'), value: countryName(r.countryCode, locale) },
  { label: tr.t('support.form.region'), value: b.regionLabel },
  {
    label: tr.t('support.inbox.contact'),
    value: html`${r.contactName} &lt;<a href="mailto:${r.email}">${r.email}</a>&gt;`,
  },
  {
    label: tr.t('support.inbox.instrument'),
    value: tr.t(`support.instrument.${r.instrument as 'taskforce'}`),
  },
  { label: tr.t('support.inbox.timeFrame'), value: tr.t(`support.timeFrame.${r.timeFrame as 'later'}`) },
  { label: tr.t('support.inbox.retainUntil'), value: tr.date(r.retainUntil) },
  {
    label: tr.t('support.inbox.dossier'),
    value: b.dossierSlug
      ? html`<a href="${editorialPaths.editItem(locale, b.dossierSlug)}">${tr.t('support.inbox.openDossier')}</a>`
      : null,
  },
])}
<h2>${tr.t('support.inbox.challenge')}</h2>
<p class="thread-body">${r.challenge}</p>
<div class="columns">
<section aria-labelledby="status-h">
  <h2 id="status-h">${tr.t('support.inbox.changeStatus')}</h2>
  <form method="post" action="${supportPaths.requestAction(locale, r.id, 'status')}" class="form">
    ${csrfField(b.csrfToken)}
    ${selectField(tr, b.errors, { name: 'status', label: tr.t('support.inbox.status'), value: r.status, options: SUPPORT_STATUSES.map((s) => ({ value: s, label: tr.t(`support.status.${s}`) })) })}
    ${submitButton(tr.t('support.inbox.saveStatus'), 'secondary')}
  </form>
  ${
    b.canCreateDossier
      ? html`<form method="post" action="${supportPaths.requestAction(locale, r.id, 'dossier')}" class="form">
    ${csrfField(b.csrfToken)}
    <p class="hint">${tr.t('support.inbox.toDossierHint')}</p>
    ${submitButton(tr.t('support.inbox.toDossier'))}
  </form>`
      : ''
  }
</section>
<section aria-labelledby="reply-h">
  <h2 id="reply-h">${tr.t('support.inbox.reply')}</h2>
  <form method="post" action="${supportPaths.requestAction(locale, r.id, 'reply')}" class="form" novalidate>
    ${csrfField(b.csrfToken)}
    ${textArea(tr, b.errors, { name: 'body', label: tr.t('support.inbox.reply'), hint: tr.t('support.inbox.replyHint', { email: r.email }), value: b.values.body, required: true, rows: 6, maxLength: 10000 })}
    ${submitButton(tr.t('support.inbox.sendReply'))}
  </form>
  <form method="post" action="${supportPaths.requestAction(locale, r.id, 'note')}" class="form" novalidate>
    ${csrfField(b.csrfToken)}
    ${textArea(tr, {}, { name: 'note', label: tr.t('support.inbox.note'), rows: 3, maxLength: 10000 })}
    ${submitButton(tr.t('support.inbox.addNote'), 'secondary')}
  </form>
</section>
</div>
<section aria-labelledby="thread-h">
  <h2 id="thread-h">${tr.t('support.inbox.thread')}</h2>
  ${thread(tr, b.messages)}
</section>`;
}
