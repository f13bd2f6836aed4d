// Editors' pages for dossiers: create, status and details, and the timeline with its search picker.
import type { Locale, MessageKey, Translator } from '../../i18n/index.ts';
import {
  csrfField,
  errorSummary,
  selectField,
  submitButton,
  textArea,
  textField,
} from '../../web/components.ts';
import { localeField, type FieldErrors } from '../../web/forms.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/locales.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { editorialPaths } from '../editorial/paths.ts';
import { taskforcePaths } from './paths.ts';
import type { ItemSummary } from '../items/service-read.ts';
import {
  countryName,
  languageName,
  CONTENT_LANGUAGES,
  COUNTRY_CODES,
} from '../reference/domain/vocabulary.ts';
import { type Region, regionName } from '../reference/domain/regions.ts';
import type { OrganisationOption } from '../organisations/service.ts';
import type { DossierDetails } from './service-read.ts';
import type { EditedEntry } from './service-editor.ts';
import type { OrderedTimeline } from './domain/timeline.ts';
import { timelineView } from './views.ts';
import {
  NEXT_STATUSES,
  TASKFORCE_INSTRUMENTS,
  TASKFORCE_STATUSES,
  type TaskforceStatus,
} from './domain/vocabulary.ts';
import { compareIn } from '../../lib/text.ts';

interface Base {
  tr: Translator;
  locale: Locale;
  csrfToken: string;
}

const statusLabel = (tr: Translator, s: string) => tr.t(`taskforces.status.${s}` as MessageKey);

function checkboxes(
  name: string,
  legend: string,
  options: { value: string; label: string }[],
  selected: string[],
): SafeHtml {
  return html`<fieldset class="field checkbox-group"><legend>${legend}</legend>${options.map(
    (o) =>
      html`<label class="choice"><input type="checkbox" name="${name}" value="${o.value}"${selected.includes(o.value) ? html` checked` : ''}> ${o.label}</label>`,
  )}</fieldset>`;
}

function multiSelect(
  id: string,
  label: string,
  options: { value: string; label: string }[],
  selected: string[],
): SafeHtml {
  return html`<div class="field"><label for="${id}">${label}</label><select id="${id}" name="${id}" multiple size="6">${options.map(
    (o) =>
      html`<option value="${o.value}"${selected.includes(o.value) ? html` selected` : ''}>${o.label}</option>`,
  )}</select></div>`;
}

export function newDossierView(
  b: Base & {
    values: Record<string, string | string[]>;
    errors: FieldErrors;
    organisations: OrganisationOption[];
    regions: Region[];
  },
): SafeHtml {
  const { tr, locale } = b;
  const v = (k: string) => (typeof b.values[k] === 'string' ? (b.values[k] as string) : '');
  const list = (k: string) =>
    Array.isArray(b.values[k])
      ? (b.values[k] as string[])
      : typeof b.values[k] === 'string'
        ? [b.values[k] as string]
        : [];
  const labels: Record<string, string> = {
    title: tr.t('taskforces.col.dossier'),
    summary: tr.t('taskforces.editor.textHint'),
    country: tr.t('taskforces.fact.country'),
  };
  const orgOptions = b.organisations.map((o) => ({ value: o.id, label: o.name }));
  return html`<div class="narrow-wide">
<h1>${tr.t('taskforces.new')}</h1>
${errorSummary(tr, b.errors, labels)}
<form method="post" action="${taskforcePaths.newDossier(locale)}" class="form" novalidate>
  ${csrfField(b.csrfToken)}
  ${selectField(tr, b.errors, { name: 'lang', label: tr.t('taskforces.editor.language'), value: v('lang') || locale, required: true, options: CONTENT_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) })) })}
  ${textField(tr, b.errors, { name: 'title', label: tr.t('taskforces.col.dossier'), value: v('title'), required: true, maxLength: 300 })}
  ${textArea(tr, b.errors, { name: 'summary', label: tr.t('taskforces.editor.summary'), value: v('summary'), required: true, rows: 3, maxLength: 1000 })}
  ${textArea(tr, b.errors, { name: 'background', label: tr.t('taskforces.background'), value: v('background'), rows: 6, maxLength: 20000 })}
  ${textArea(tr, b.errors, { name: 'objectives', label: tr.t('taskforces.objectives'), value: v('objectives'), rows: 4, maxLength: 20000 })}
  ${selectField(tr, b.errors, { name: 'country', label: tr.t('taskforces.fact.country'), value: v('country'), required: true, options: [{ value: '', label: '—' }, ...COUNTRY_CODES.map((c) => ({ value: c, label: countryName(c, locale) })).sort((x, y) => compareIn(locale)(x.label, y.label))] })}
  ${selectField(tr, b.errors, { name: 'region', label: tr.t('taskforces.fact.regions'), value: v('region'), options: [{ value: '', label: tr.t('taskforces.editor.none') }, ...b.regions.map((r) => ({ value: r.id, label: regionName(r, locale) }))] })}
  ${multiSelect('requesters', tr.t('taskforces.fact.requesters'), orgOptions, list('requesters'))}
  ${textField(tr, b.errors, { name: 'startsOn', label: tr.t('taskforces.fact.start'), type: 'date', value: v('startsOn'), required: true })}
  ${selectField(tr, b.errors, { name: 'status', label: tr.t('taskforces.fact.status'), value: v('status') || 'requested', options: TASKFORCE_STATUSES.map((s) => ({ value: s, label: statusLabel(tr, s) })) })}
  ${checkboxes(
    'instruments',
    tr.t('taskforces.fact.instruments'),
    TASKFORCE_INSTRUMENTS.map((i) => ({ value: i, label: tr.t(`taskforces.instrument.${i}` as MessageKey) })),
    list('instruments'),
  )}
  ${submitButton(tr.t('taskforces.editor.create'))}
</form>
</div>`;
}

export function detailsEditorView(
  b: Base & {
    slug: string;
    title: string;
    details: DossierDetails;
    dossiers: { id: string; title: string }[];
    versions: { lang: string; state: string }[];
    errors: FieldErrors;
    formError?: string;
  },
): SafeHtml {
  const { tr, locale, details } = b;
  const statuses: TaskforceStatus[] = [details.status, ...NEXT_STATUSES[details.status]];
  const others = [
    { value: '', label: tr.t('taskforces.editor.none') },
    ...b.dossiers.map((d) => ({ value: d.id, label: d.title })),
  ];
  return html`<p class="breadcrumb"><a href="${taskforcePaths.taskforce(locale, b.slug)}">${b.title}</a></p>
<h1>${tr.t('taskforces.editor.title', { title: b.title })}</h1>
<div class="columns">
<section aria-labelledby="details-h">
  <h2 id="details-h">${tr.t('taskforces.editor.details')}</h2>
  ${errorSummary(tr, b.errors, {}, b.formError)}
  <form method="post" action="${taskforcePaths.edit(locale, b.slug)}" class="form">
    ${csrfField(b.csrfToken)}
    ${selectField(tr, b.errors, { name: 'status', label: tr.t('taskforces.fact.status'), value: details.status, options: statuses.map((s) => ({ value: s, label: statusLabel(tr, s) })) })}
    ${checkboxes(
      'instruments',
      tr.t('taskforces.fact.instruments'),
      TASKFORCE_INSTRUMENTS.map((i) => ({
        value: i,
        label: tr.t(`taskforces.instrument.${i}` as MessageKey),
      })),
      details.instruments,
    )}
    ${selectField(tr, b.errors, { name: 'predecessorId', label: tr.t('taskforces.fact.predecessor'), value: details.predecessorId ?? '', options: others })}
    ${selectField(tr, b.errors, { name: 'successorId', label: tr.t('taskforces.fact.successor'), value: details.successorId ?? '', options: others })}
    ${submitButton(tr.t('taskforces.editor.save'))}
  </form>
</section>
<section aria-labelledby="text-h">
  <h2 id="text-h">${tr.t('taskforces.editor.text')}</h2>
  <p>${tr.t('taskforces.editor.textHint')}</p>
  <ul>${b.versions.map((v) => html`<li>${languageName(v.lang, locale)}: ${tr.t(`state.${v.state}` as MessageKey)}</li>`)}</ul>
  <p><a class="button button-secondary" href="${editorialPaths.editItem(locale, b.slug)}">${tr.t('taskforces.editor.text')}</a></p>
  <p><a class="button button-secondary" href="${taskforcePaths.timeline(locale, b.slug)}">${tr.t('taskforces.timelineEditor.open')}</a></p>
</section>
</div>`;
}

/** Forms of the timeline editor that came back with what was typed and what is wrong. */
export interface TimelineForms {
  milestone?: { values: Record<string, string>; errors: FieldErrors };
  /** The form of one entry (by entry id). */
  entry?: { id: string; values: Record<string, string>; errors: FieldErrors };
}

/** Labels of a text's fields in every site language, keyed by field name (`titleEn`, `titleNl`…). */
const perLocale = (base: string, label: (locale: Locale) => string): Record<string, string> =>
  Object.fromEntries(LOCALES.map((l) => [localeField(base, l), label(l)]));
const titleLabels = (b: Base) =>
  perLocale('title', (l) =>
    b.tr.t('taskforces.timelineEditor.milestoneTitle', { language: languageName(l, b.locale) }),
  );

/** One entry's form: its date, a milestone's titles and the notes; typed values and errors when it came back. */
function entryForm(b: Base, slug: string, e: EditedEntry, back: TimelineForms['entry']): SafeHtml {
  const { tr } = b;
  const returned = back?.id === e.id ? back : null;
  const errors = returned?.errors ?? {};
  const value = (name: string, stored: string | null | undefined) =>
    returned ? (returned.values[name] ?? '') : (stored ?? '');
  const milestone = e.kind === 'milestone';
  const labels: Record<string, string> = {
    date: milestone
      ? tr.t('taskforces.timelineEditor.milestoneDate')
      : tr.t('taskforces.timelineEditor.dateOverride'),
    ...titleLabels(b),
    ...perLocale('note', (l) =>
      tr.t('taskforces.timelineEditor.note', { language: languageName(l, b.locale) }),
    ),
  };
  const field = (
    name: string,
    stored: string | null | undefined,
    extra: { type?: 'date'; maxLength?: number; required?: boolean } = {},
  ) =>
    textField(tr, errors, {
      name,
      id: `${name}-${e.id}`,
      label: labels[name]!,
      value: value(name, stored),
      ...extra,
    });
  return html`<form method="post" action="${taskforcePaths.entry(b.locale, slug, e.id)}" class="form" novalidate>
      ${errorSummary(tr, errors, labels, undefined, (name) => `${name}-${e.id}`)}
      ${csrfField(b.csrfToken)}
      ${field('date', e.entryDate, { type: 'date', required: milestone })}
      ${milestone ? LOCALES.map((l) => field(localeField('title', l), e.titles[l], { maxLength: 300, required: l === DEFAULT_LOCALE })) : ''}
      ${LOCALES.map((l) => field(localeField('note', l), e.notes[l], { maxLength: 500 }))}
      ${submitButton(tr.t('taskforces.timelineEditor.saveNote'), 'secondary')}
    </form>`;
}

export function timelineEditorView(
  b: Base &
    TimelineForms & {
      slug: string;
      title: string;
      entries: EditedEntry[];
      preview: OrderedTimeline;
      q: string;
      results: ItemSummary[] | null;
    },
): SafeHtml {
  const { tr, locale } = b;
  const action = taskforcePaths.timeline(locale, b.slug);
  const ms = b.milestone ?? { values: {}, errors: {} };
  const msLabels: Record<string, string> = {
    date: tr.t('taskforces.timelineEditor.milestoneDate'),
    ...titleLabels(b),
  };
  return html`<p class="breadcrumb"><a href="${taskforcePaths.edit(locale, b.slug)}">${tr.t('taskforces.timelineEditor.back')}</a></p>
<h1>${tr.t('taskforces.timelineEditor.title', { title: b.title })}</h1>
<p>${tr.t('taskforces.timelineEditor.intro')}</p>
<div class="columns">
<section aria-labelledby="picker-h">
  <h2 id="picker-h">${tr.t('taskforces.timelineEditor.search')}</h2>
  <form method="get" action="${action}" role="search" class="inline-form">
    <label for="picker-q" class="visually-hidden">${tr.t('taskforces.timelineEditor.search')}</label>
    <input id="picker-q" name="q" type="search" value="${b.q}" maxlength="200">
    <button type="submit" class="button button-secondary">${tr.t('taskforces.timelineEditor.searchButton')}</button>
  </form>
  ${
    b.results === null
      ? ''
      : b.results.length === 0
        ? html`<p>${tr.t('taskforces.timelineEditor.noResults')}</p>`
        : html`<h3>${tr.t('taskforces.timelineEditor.results')}</h3><ul class="picker-results">${b.results.map(
            (
              r,
            ) => html`<li><form method="post" action="${taskforcePaths.timelineItems(locale, b.slug)}" class="inline-form">${csrfField(b.csrfToken)}<input type="hidden" name="itemId" value="${r.id}">
      <span><strong>${r.title}</strong> <span class="muted">${tr.t(`type.${r.type}` as MessageKey)}${r.sortDate ? ` · ${tr.date(r.sortDate, 'medium')}` : ''}</span></span>
      <button type="submit" class="button button-quiet">${tr.t('taskforces.timelineEditor.add')}</button></form></li>`,
          )}</ul>`
  }
  <h2 id="milestone-h">${tr.t('taskforces.timelineEditor.milestone')}</h2>
  ${errorSummary(tr, ms.errors, msLabels)}
  <form method="post" action="${taskforcePaths.milestones(locale, b.slug)}" class="form" novalidate>
    ${csrfField(b.csrfToken)}
    ${textField(tr, ms.errors, { name: 'date', label: msLabels.date!, type: 'date', required: true, value: ms.values.date })}
    ${LOCALES.map((l) => {
      const name = localeField('title', l);
      return textField(tr, ms.errors, {
        name,
        label: msLabels[name]!,
        required: l === DEFAULT_LOCALE,
        maxLength: 300,
        value: ms.values[name],
      });
    })}
    ${submitButton(tr.t('taskforces.timelineEditor.milestone'), 'secondary')}
  </form>
</section>
<section aria-labelledby="entries-h">
  <h2 id="entries-h">${tr.t('taskforces.timelineEditor.current')}</h2>
  <ul class="entry-list">${b.entries.map(
    (e) => html`<li class="entry-editor">
    <p><strong>${e.label}</strong>${e.hidden ? html` <span class="badge badge-declined">${tr.t('taskforces.timelineEditor.hidden')}</span>` : ''}</p>
    ${entryForm(b, b.slug, e, b.entry)}
    <form method="post" action="${taskforcePaths.removeEntry(locale, b.slug, e.id)}">${csrfField(b.csrfToken)}<button type="submit" class="button button-quiet">${tr.t('taskforces.timelineEditor.remove')}</button></form>
  </li>`,
  )}</ul>
</section>
</div>
<section aria-labelledby="preview-h" class="preview">
  <h2 id="preview-h">${tr.t('taskforces.timelineEditor.preview')}</h2>
  ${timelineView(tr, locale, b.preview)}
</section>`;
}
