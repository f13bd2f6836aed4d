// The editorial dashboard (review queue and drafts for editors, the organisation's items for
// members) and the create form.
import {
  csrfField,
  errorSummary,
  notice,
  pagination,
  selectField,
  submitButton,
} from '../../../web/components.ts';
import type { FieldErrors } from '../../../web/forms.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import type { ItemOverview, QueueEntry } from '../service.ts';
import { languageName } from '../../reference/domain/vocabulary.ts';
import { ITEM_TYPES } from '../../../kernel/content-types.ts';
import type { FormValues } from '../schema.ts';
import { editorialPaths } from '../paths.ts';
import {
  fieldLabels,
  inFormOrder,
  recordFieldsets,
  versionFields,
  type RecordFormInput,
} from './item-form.ts';
import { breadcrumbs, languageOptions, radioGroup, stateBadge, valueOf, type Base } from './shared.ts';

function queueTable(b: Base, entries: QueueEntry[], caption: string, dateLabel: string): SafeHtml {
  const { tr, locale } = b;
  return html`<div class="table-wrap"><table class="ed-table">
  <caption class="ed-visually-hidden">${caption}</caption>
  <thead><tr><th scope="col">${tr.t('editorial.table.item')}</th><th scope="col">${tr.t('editorial.table.language')}</th><th scope="col">${tr.t('editorial.table.state')}</th><th scope="col">${tr.t('table.organisation')}</th><th scope="col">${dateLabel}</th></tr></thead>
  <tbody>${entries.map(
    (e) => html`<tr>
    <td><a href="${editorialPaths.version(locale, e.slug, e.lang)}" lang="${e.lang}">${e.title}</a><br><span class="muted">${tr.t(`type.${e.type}`)}</span></td>
    <td data-label="${tr.t('editorial.table.language')}">${languageName(e.lang, locale)}</td>
    <td data-label="${tr.t('editorial.table.state')}">${stateBadge(tr, e.state, e.live)}</td>
    <td data-label="${tr.t('table.organisation')}">${e.organisationName ?? tr.t('editorial.noOrganisation')}</td>
    <td data-label="${dateLabel}">${tr.dateTime(e.updatedAt)}${e.updatedByName ? html`<br><span class="muted">${e.updatedByName}</span>` : ''}</td>
  </tr>`,
  )}</tbody>
</table></div>`;
}

function itemsTable(b: Base, items: ItemOverview[]): SafeHtml {
  const { tr, locale } = b;
  return html`<div class="table-wrap"><table class="ed-table">
  <caption class="ed-visually-hidden">${tr.t('editorial.dashboard.items')}</caption>
  <thead><tr><th scope="col">${tr.t('editorial.table.item')}</th><th scope="col">${tr.t('editorial.table.languages')}</th><th scope="col">${tr.t('table.organisation')}</th><th scope="col">${tr.t('editorial.table.lastChange')}</th></tr></thead>
  <tbody>${items.map((item) => {
    const shown =
      item.versions.find((v) => v.lang === locale) ??
      item.versions.find((v) => v.lang === item.originalLang) ??
      item.versions[0];
    return html`<tr>
    <td><a href="${editorialPaths.editItem(locale, item.slug)}"${shown ? html` lang="${shown.lang}"` : ''}>${shown?.title ?? item.slug}</a><br><span class="muted">${tr.t(`type.${item.type}`)}</span></td>
    <td data-label="${tr.t('editorial.table.languages')}"><ul class="ed-plain">${item.versions.map((v) => html`<li><a href="${editorialPaths.version(locale, item.slug, v.lang)}">${languageName(v.lang, locale)}</a> ${stateBadge(tr, v.state, v.live)}</li>`)}</ul></td>
    <td data-label="${tr.t('table.organisation')}">${item.organisationName ?? tr.t('editorial.noOrganisation')}</td>
    <td data-label="${tr.t('editorial.table.lastChange')}">${tr.dateTime(item.lastChange)}</td>
  </tr>`;
  })}</tbody>
</table></div>`;
}

function searchForm(b: Base, q: string, label: string): SafeHtml {
  return html`<form method="get" action="${editorialPaths.dashboard(b.locale)}" class="ed-search" role="search">
  <label for="q">${label}</label>
  <div class="ed-inline"><input id="q" name="q" type="search" value="${q}" maxlength="200"><button type="submit" class="button button-secondary">${b.tr.t('editorial.dashboard.find')}</button></div>
</form>`;
}

export interface DashboardInput extends Base {
  editorial: boolean;
  hasOrganisation: boolean;
  organisationName: string | null;
  queue: QueueEntry[];
  drafts: QueueEntry[];
  items: ItemOverview[];
  q: string;
  page: number;
  pageCount: number;
}

export function dashboardView(b: DashboardInput): SafeHtml {
  const { tr, locale } = b;
  const pager = pagination(tr, {
    page: b.page,
    pageCount: b.pageCount,
    href: (p) =>
      editorialPaths.dashboard(
        locale,
        new URLSearchParams({ ...(b.q ? { q: b.q } : {}), page: String(p) }).toString(),
      ),
  });
  const canCreate = b.editorial || b.hasOrganisation;
  const head = html`<div class="ed-title-row"><h1>${tr.t('editorial.dashboard.title')}</h1>${canCreate ? html`<a class="button button-primary" href="${editorialPaths.newItem(locale)}">${tr.t('editorial.newItem')}</a>` : ''}</div>`;
  if (!b.editorial) {
    if (!b.hasOrganisation)
      return html`<div class="editorial">${head}${notice('info', tr.t('editorial.dashboard.noOrganisation'))}</div>`;
    return html`<div class="editorial">${head}
<p class="lead">${tr.t('editorial.dashboard.memberIntro', { organisation: b.organisationName ?? '' })}</p>
<h2>${tr.t('editorial.dashboard.organisationItems', { organisation: b.organisationName ?? '' })}</h2>
${searchForm(b, b.q, tr.t('editorial.dashboard.searchOwn'))}
${b.items.length ? html`${itemsTable(b, b.items)}${pager}` : html`<p>${b.q ? tr.t('editorial.dashboard.noMatches') : tr.t('editorial.dashboard.noItems')}</p>`}
</div>`;
  }
  return html`<div class="editorial">${head}
<p class="lead">${tr.t('editorial.dashboard.editorIntro')}</p>
<h2>${tr.t('editorial.dashboard.queue')} <span class="ed-count">${tr.number(b.queue.length)}</span></h2>
${b.queue.length ? queueTable(b, b.queue, tr.t('editorial.dashboard.queue'), tr.t('editorial.table.waitingSince')) : html`<p>${tr.t('editorial.dashboard.queueEmpty')}</p>`}
<h2>${tr.t('editorial.dashboard.drafts')}</h2>
${b.drafts.length ? queueTable(b, b.drafts, tr.t('editorial.dashboard.drafts'), tr.t('editorial.table.lastSaved')) : html`<p>${tr.t('editorial.dashboard.draftsEmpty')}</p>`}
<h2>${tr.t('editorial.dashboard.findItem')}</h2>
${searchForm(b, b.q, tr.t('editorial.dashboard.searchAll'))}
${b.q ? (b.items.length ? html`${itemsTable(b, b.items)}${pager}` : html`<p>${tr.t('editorial.dashboard.noMatches')}</p>`) : ''}
</div>`;
}

/** Step one of "New item": what kind of item (the form's fields depend on it). */
export function chooseTypeView(b: Base & { error?: boolean }): SafeHtml {
  const { tr, locale } = b;
  const errors: FieldErrors = b.error ? { type: { key: 'validation.choice' } } : {};
  return html`<div class="editorial narrow">
${breadcrumbs(tr, [{ href: editorialPaths.dashboard(locale), label: tr.t('editorial.dashboard.title') }, { label: tr.t('editorial.newItem') }])}
<h1>${tr.t('editorial.newItem')}</h1>
<form method="get" action="${editorialPaths.newItem(locale)}" class="form">
  ${radioGroup(
    tr,
    errors,
    {},
    {
      name: 'type',
      legend: tr.t('editorial.chooseType'),
      fallback: '',
      options: ITEM_TYPES.map((t) => ({
        value: t,
        label: tr.t(`type.${t}`),
        hint: tr.t(`editorial.typeHint.${t}`),
      })),
    },
  )}
  ${submitButton(tr.t('editorial.continue'))}
</form>
</div>`;
}

export interface CreateInput extends Base, Omit<RecordFormInput, 'values' | 'errors'> {
  values: FormValues;
  errors: FieldErrors;
  formError?: string;
}

export function createView(b: CreateInput): SafeHtml {
  const { tr, locale } = b;
  const typeOptions = ITEM_TYPES.map((t) => ({ value: t, label: tr.t(`type.${t}`) }));
  return html`<div class="editorial">
${breadcrumbs(tr, [{ href: editorialPaths.dashboard(locale), label: tr.t('editorial.dashboard.title') }, { label: tr.t('editorial.newItem') }])}
<h1>${tr.t('editorial.newItemOfType', { type: tr.t(`type.${b.type}`) })}</h1>
<form method="get" action="${editorialPaths.newItem(locale)}" class="ed-type-switch">
  ${selectField(tr, {}, { name: 'type', label: tr.t('editorial.field.type'), value: b.type, options: typeOptions, hint: tr.t('editorial.hint.changeType') })}
  <button type="submit" class="button button-secondary">${tr.t('editorial.changeType')}</button>
</form>
${errorSummary(tr, inFormOrder(b.errors, fieldLabels(tr, b.type)), fieldLabels(tr, b.type), b.formError)}
<form method="post" action="${editorialPaths.newItem(locale, b.type)}" class="form ed-form" novalidate>
  ${csrfField(b.csrfToken)}
  <input type="hidden" name="type" value="${b.type}">
  <fieldset class="ed-section">
    <legend>${tr.t('editorial.section.text')}</legend>
    ${selectField(tr, b.errors, { name: 'lang', label: tr.t('editorial.field.lang'), value: valueOf(b.values, 'lang') || locale, options: languageOptions(locale), hint: tr.t('editorial.hint.lang') })}
    ${versionFields(b, b.type, b.values, b.errors)}
  </fieldset>
  ${recordFieldsets(b, b)}
  <div class="ed-form-actions">${submitButton(tr.t('editorial.createDraft'))}<a href="${editorialPaths.dashboard(locale)}">${tr.t('editorial.cancel')}</a></div>
</form>
</div>`;
}
