// The edit page of an item: its language versions with their workflow buttons, the record form,
// attachments and the item's history; and the confirmation before deleting it.
import type { MessageKey, Translator } from '../../../i18n/index.ts';
import {
  csrfField,
  errorSummary,
  factList,
  selectField,
  submitButton,
  textField,
} from '../../../web/components.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import { contentPaths } from '../../../kernel/paths.ts';
import type { AuditEntry } from '../../audit/service.ts';
import type { Transition } from '../../items/policy.ts';
import type { ItemRecord, VersionRecord } from '../../items/domain/records.ts';
import { CONTENT_LANGUAGES, languageName } from '../../reference/domain/vocabulary.ts';
import { type FormValues, LIMITS } from '../schema.ts';
import { editorialPaths } from '../paths.ts';
import type { Attachment } from '../service.ts';
import { fieldLabels, inFormOrder, recordFieldsets, type RecordFormInput } from './item-form.ts';
import { breadcrumbs, languageOptions, stateBadge, workflowButtons, type Base } from './shared.ts';
import { adminPaths } from '../../admin/paths.ts';
import { LOCALES } from '../../../i18n/locales.ts';

export function formatSize(tr: Translator, bytes: number): string {
  if (bytes < 1024 * 1024)
    return tr.t('editorial.size.kb', { size: tr.number(Math.max(1, Math.round(bytes / 1024))) });
  return tr.t('editorial.size.mb', { size: tr.number(Math.round((bytes / (1024 * 1024)) * 10) / 10) });
}

/** The working title in the original language (or the first version's). */
export function workingTitle(item: ItemRecord, versions: VersionRecord[]): { title: string; lang: string } {
  const v = versions.find((x) => x.lang === item.originalLang) ?? versions[0];
  return { title: v?.title ?? item.slug, lang: v?.lang ?? item.originalLang };
}

const AUDIT_LABELS: Record<string, MessageKey> = {
  'item.created': 'editorial.history.created',
  'item.updated': 'editorial.history.updated',
  'item.version_saved': 'editorial.history.saved',
  'item.submit': 'editorial.history.submit',
  'item.publish': 'editorial.history.publish',
  'item.return': 'editorial.history.return',
  'item.unpublish': 'editorial.history.unpublish',
  'item.archive': 'editorial.history.archive',
  'item.restore': 'editorial.history.restore',
  'item.attachment_added': 'editorial.history.attachmentAdded',
  'item.attachment_removed': 'editorial.history.attachmentRemoved',
};

function historyEntry(tr: Translator, locale: string, e: AuditEntry): SafeHtml {
  const lang = typeof e.details?.lang === 'string' ? languageName(e.details.lang, locale) : '';
  const file = typeof e.details?.filename === 'string' ? e.details.filename : '';
  const label = tr.t(AUDIT_LABELS[e.action] ?? 'editorial.history.other', { language: lang, file });
  return html`<li><time datetime="${e.createdAt}">${tr.dateTime(e.createdAt)}</time> — ${e.actorName ?? tr.t('editorial.history.unknownActor')}: ${label}</li>`;
}

export interface EditInput extends Base, Omit<RecordFormInput, 'type'> {
  item: ItemRecord;
  versions: VersionRecord[];
  transitions: Record<string, Transition[]>;
  attachments: Attachment[];
  attachmentError?: string;
  attachmentValues?: FormValues;
  history: AuditEntry[];
  canDelete: boolean;
  isAdmin: boolean;
  organisationName: string | null;
}

function languagesSection(b: EditInput): SafeHtml {
  const { tr, locale, item } = b;
  const missing = CONTENT_LANGUAGES.filter((l) => !b.versions.some((v) => v.lang === l));
  return html`<section aria-labelledby="languages-heading">
<h2 id="languages-heading">${tr.t('editorial.edit.languages')}</h2>
<div class="table-wrap"><table class="ed-table">
  <thead><tr><th scope="col">${tr.t('editorial.table.language')}</th><th scope="col">${tr.t('editorial.table.state')}</th><th scope="col">${tr.t('editorial.table.lastSaved')}</th><th scope="col">${tr.t('table.actions')}</th></tr></thead>
  <tbody>${b.versions.map(
    (v) => html`<tr>
    <th scope="row">${languageName(v.lang, locale)}${v.lang === item.originalLang ? html`<br><span class="muted">${tr.t('editorial.edit.original')}</span>` : ''}</th>
    <td data-label="${tr.t('editorial.table.state')}">${stateBadge(tr, v.state, v.live !== null)}</td>
    <td data-label="${tr.t('editorial.table.lastSaved')}">${tr.dateTime(v.updatedAt)}</td>
    <td><ul class="ed-links">
      <li><a href="${editorialPaths.version(locale, item.slug, v.lang)}">${tr.t('editorial.edit.editText')}<span class="ed-visually-hidden"> (${languageName(v.lang, locale)})</span></a></li>
      <li><a href="${editorialPaths.revisions(locale, item.slug, v.lang)}">${tr.t('editorial.revisions.title')}<span class="ed-visually-hidden"> (${languageName(v.lang, locale)})</span></a></li>
    </ul>${workflowButtons(b, item.slug, v.lang, b.transitions[v.lang] ?? [])}</td>
  </tr>`,
  )}</tbody>
</table></div>
${
  missing.length
    ? html`<form method="get" action="${editorialPaths.translate(locale, item.slug)}" class="ed-inline-form">
  ${selectField(tr, {}, { name: 'lang', label: tr.t('editorial.edit.addTranslation'), value: [locale, ...LOCALES].find((l) => missing.includes(l as never)) ?? null, options: languageOptions(locale, missing) })}
  <button type="submit" class="button button-secondary">${tr.t('editorial.edit.addTranslationButton')}</button>
</form>`
    : ''
}
</section>`;
}

function attachmentsSection(b: EditInput): SafeHtml {
  const { tr, locale, item } = b;
  const values = b.attachmentValues ?? {};
  const list = b.attachments.length
    ? html`<ul class="ed-attachments">${b.attachments.map(
        (a) => html`<li>
      <div><strong>${a.title}</strong> <span class="muted">${a.filename} · ${a.mime === 'application/pdf' ? 'PDF' : a.mime.replace('image/', '').toUpperCase()} · ${formatSize(tr, a.size)}${a.lang ? html` · ${languageName(a.lang, locale)}` : ''}</span></div>
      <div class="ed-actions">${item.listed ? html`<a href="${editorialPaths.download(locale, item.slug, a.id)}">${tr.t('editorial.attachments.download')}<span class="ed-visually-hidden"> ${a.title}</span></a>` : ''}
      <form method="post" action="${editorialPaths.deleteAttachment(locale, item.slug, a.id)}">${csrfField(b.csrfToken)}<button type="submit" class="button button-quiet ed-button-warn">${tr.t('editorial.attachments.remove')}<span class="ed-visually-hidden"> ${a.title}</span></button></form></div>
    </li>`,
      )}</ul>`
    : html`<p>${tr.t('editorial.attachments.none')}</p>`;
  const error = b.attachmentError
    ? html`<p class="error-message" id="file-error">${b.attachmentError}</p>`
    : '';
  return html`<section aria-labelledby="attachments-heading" id="attachments">
<h2 id="attachments-heading">${tr.t('editorial.attachments.title')}</h2>
${list}
<form method="post" action="${editorialPaths.attachments(locale, item.slug)}" enctype="multipart/form-data" class="form ed-upload" novalidate>
  ${csrfField(b.csrfToken)}
  <h3>${tr.t('editorial.attachments.add')}</h3>
  <div class="field${b.attachmentError ? ' field-error' : ''}">
    <label for="file">${tr.t('editorial.attachments.file')}</label>
    <p class="hint" id="file-hint">${tr.t('editorial.attachments.hint')}</p>
    ${error}
    <input id="file" name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp" aria-describedby="file-hint${b.attachmentError ? ' file-error' : ''}"${b.attachmentError ? html` aria-invalid="true"` : ''}>
  </div>
  ${textField(tr, {}, { name: 'attachmentTitle', label: tr.t('editorial.attachments.fileTitle'), value: typeof values.attachmentTitle === 'string' ? values.attachmentTitle : '', hint: tr.t('editorial.attachments.titleHint'), maxLength: LIMITS.attachmentTitle })}
  ${selectField(tr, {}, { name: 'attachmentLang', label: tr.t('editorial.attachments.lang'), value: typeof values.attachmentLang === 'string' ? values.attachmentLang : '', options: [{ value: '', label: tr.t('editorial.attachments.allLanguages') }, ...languageOptions(locale)] })}
  ${submitButton(tr.t('editorial.attachments.upload'), 'secondary')}
</form>
</section>`;
}

export function editView(b: EditInput): SafeHtml {
  const { tr, locale, item } = b;
  const working = workingTitle(item, b.versions);
  const labels = fieldLabels(tr, item.type);
  const originalChoices = languageOptions(
    locale,
    b.versions.map((v) => v.lang),
  );
  return html`<div class="editorial">
${breadcrumbs(tr, [{ href: editorialPaths.dashboard(locale), label: tr.t('editorial.dashboard.title') }, { label: working.title }])}
<h1 lang="${working.lang}">${working.title}</h1>
${factList([
  { label: tr.t('editorial.field.type'), value: tr.t(`type.${item.type}`) },
  { label: tr.t('editorial.field.organisation'), value: b.organisationName },
  { label: tr.t('field.visibility'), value: tr.t(`visibility.${item.visibility}`) },
  {
    label: tr.t('editorial.edit.publicPage'),
    value: item.listed
      ? html`<a href="${contentPaths.item(locale, item.slug)}">${contentPaths.item(locale, item.slug)}</a>`
      : tr.t('editorial.edit.notOnSite'),
  },
])}
${languagesSection(b)}
<section aria-labelledby="record-heading">
<h2 id="record-heading">${tr.t('editorial.edit.details')}</h2>
<p class="hint ed-lead-hint">${tr.t('editorial.edit.detailsHint')}</p>
${errorSummary(tr, inFormOrder(b.errors, labels), labels)}
<form method="post" action="${editorialPaths.editItem(locale, item.slug)}" class="form ed-form" novalidate>
  ${csrfField(b.csrfToken)}
  ${selectField(tr, b.errors, { name: 'originalLang', label: tr.t('editorial.field.originalLang'), value: typeof b.values.originalLang === 'string' ? b.values.originalLang : item.originalLang, options: originalChoices, hint: tr.t('editorial.hint.originalLang') })}
  ${recordFieldsets(b, { ...b, type: item.type })}
  <div class="ed-form-actions">${submitButton(tr.t('editorial.edit.saveDetails'))}</div>
</form>
</section>
${attachmentsSection(b)}
<section aria-labelledby="history-heading">
<h2 id="history-heading">${tr.t('editorial.history.title')}</h2>
${b.history.length ? html`<ul class="ed-history">${b.history.map((e) => historyEntry(tr, locale, e))}</ul>` : html`<p>${tr.t('editorial.history.none')}</p>`}
${b.isAdmin ? html`<p><a href="${adminPaths.section(locale, 'audit')}">${tr.t('editorial.history.fullLog')}</a></p>` : ''}
</section>
${
  b.canDelete
    ? html`<section aria-labelledby="delete-heading" class="ed-danger">
<h2 id="delete-heading">${tr.t('editorial.delete.title')}</h2>
<p>${tr.t('editorial.delete.explain')}</p>
<p><a class="button button-danger" href="${editorialPaths.deleteItem(locale, item.slug)}">${tr.t('editorial.delete.button')}</a></p>
</section>`
    : ''
}
</div>`;
}

export function deleteView(b: Base & { item: ItemRecord; title: string; titleLang: string }): SafeHtml {
  const { tr, locale, item } = b;
  return html`<div class="editorial narrow">
${breadcrumbs(tr, [{ href: editorialPaths.dashboard(locale), label: tr.t('editorial.dashboard.title') }, { href: editorialPaths.editItem(locale, item.slug), label: b.title }, { label: tr.t('editorial.delete.title') }])}
<h1>${tr.t('editorial.delete.confirmTitle')}</h1>
<p><strong lang="${b.titleLang}">${b.title}</strong></p>
<p>${tr.t('editorial.delete.explain')}</p>
<form method="post" action="${editorialPaths.deleteItem(locale, item.slug)}" class="ed-form-actions">
  ${csrfField(b.csrfToken)}
  ${submitButton(tr.t('editorial.delete.confirm'), 'danger')}
  <a href="${editorialPaths.editItem(locale, item.slug)}">${tr.t('editorial.cancel')}</a>
</form>
</div>`;
}
