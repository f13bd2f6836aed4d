// The editor of one language version (with Save / Save and publish, the workflow buttons and a
// preview of the working copy as the public page shows it), the revision list and the diff.
import type { Translator } from '../../../i18n/index.ts';
import { csrfField, errorSummary, notice, submitButton, textField } from '../../../web/components.ts';
import type { FieldErrors } from '../../../web/forms.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import type { Transition } from '../../items/policy.ts';
import type { ItemRecord, VersionRecord, VersionText } from '../../items/domain/records.ts';
import { TYPE_SPECS } from '../../items/domain/type-specs.ts';
import { languageName } from '../../reference/domain/vocabulary.ts';
import { type FormValues, LIMITS } from '../schema.ts';
import { editorialPaths } from '../paths.ts';
import { fieldLabels, inFormOrder, versionFields } from './item-form.ts';
import { breadcrumbs, stateBadge, valueOf, workflowButtons, type Base } from './shared.ts';

export interface ItemHeader extends Base {
  item: ItemRecord;
  itemTitle: string;
  itemTitleLang: string;
  lang: string;
}

export function versionTrail(b: ItemHeader, last?: { href?: string; label: string }[]): SafeHtml {
  const language = languageName(b.lang, b.locale);
  const version = { href: editorialPaths.version(b.locale, b.item.slug, b.lang), label: language };
  return breadcrumbs(b.tr, [
    { href: editorialPaths.dashboard(b.locale), label: b.tr.t('editorial.dashboard.title') },
    { href: editorialPaths.editItem(b.locale, b.item.slug), label: b.itemTitle },
    ...(last ? [version, ...last] : [{ label: language }]),
  ]);
}

/** The working copy, rendered the way the item page renders the live one. */
export function preview(tr: Translator, item: ItemRecord, lang: string, text: VersionText): SafeHtml {
  return html`<article class="ed-preview" lang="${lang}" aria-labelledby="preview-title">
  <p class="ed-preview-type" lang="${tr.locale}">${tr.t(`type.${item.type}`)}</p>
  <h3 id="preview-title">${text.title}</h3>
  <p class="lead">${text.summary}</p>
  ${renderMarkdown(text.body)}
  ${TYPE_SPECS[item.type].text.filter((f) => text.fields[f]).map((f) => html`<h4 lang="${tr.locale}">${tr.t(`field.${f}`)}</h4>${renderMarkdown(text.fields[f] ?? '')}`)}
</article>`;
}

export interface VersionInput extends ItemHeader {
  version: VersionRecord | null;
  original: VersionRecord | null;
  values: FormValues;
  errors: FieldErrors;
  canPublish: boolean;
  transitions: Transition[];
}

export function versionView(b: VersionInput): SafeHtml {
  const { tr, locale, item, version } = b;
  const language = languageName(b.lang, locale);
  const stateNote = !version
    ? notice('info', tr.t('editorial.version.newNotice', { language }))
    : version.state === 'draft' && version.live
      ? notice('info', tr.t('editorial.version.changesNotice'))
      : version.state === 'review'
        ? notice('info', tr.t('editorial.version.reviewNotice'))
        : version.state === 'archived'
          ? notice('warning', tr.t('editorial.version.archivedNotice'))
          : '';
  const original =
    b.original && b.original.lang !== b.lang
      ? html`<details class="ed-original"><summary>${tr.t('editorial.version.showOriginal', { language: languageName(b.original.lang, locale) })}</summary>
  <div lang="${b.original.lang}"><p><strong>${b.original.title}</strong></p><p>${b.original.summary}</p><div class="ed-source">${b.original.body}</div></div>
</details>`
      : '';
  return html`<div class="editorial">
${versionTrail(b)}
<h1>${version ? tr.t('editorial.version.title', { language }) : tr.t('editorial.version.newTitle', { language })}</h1>
<p class="ed-item-name">${tr.t(`type.${item.type}`)}: <a href="${editorialPaths.editItem(locale, item.slug)}" lang="${b.itemTitleLang}">${b.itemTitle}</a></p>
${version ? html`<p>${stateBadge(tr, version.state, version.live !== null)} <span class="muted">${tr.t('editorial.version.lastSaved', { date: tr.dateTime(version.updatedAt) })}</span></p>` : ''}
${stateNote}
${original}
${errorSummary(tr, inFormOrder(b.errors, fieldLabels(tr, item.type)), fieldLabels(tr, item.type))}
<form method="post" action="${editorialPaths.version(locale, item.slug, b.lang)}" class="form ed-form" novalidate>
  ${csrfField(b.csrfToken)}
  <fieldset class="ed-section">
    <legend>${tr.t('editorial.version.textLegend', { language })}</legend>
    ${versionFields(b, item.type, b.values, b.errors)}
    ${textField(tr, b.errors, { name: 'note', label: tr.t('editorial.field.note'), value: valueOf(b.values, 'note'), hint: tr.t('editorial.hint.note'), maxLength: LIMITS.note })}
  </fieldset>
  <div class="ed-form-actions">
    ${submitButton(tr.t('editorial.version.save'))}
    ${b.canPublish ? html`<button type="submit" name="publish" value="1" class="button button-secondary">${tr.t('editorial.version.saveAndPublish')}</button>` : ''}
  </div>
</form>
${
  version
    ? html`<section aria-labelledby="workflow-heading">
<h2 id="workflow-heading">${tr.t('editorial.version.workflow')}</h2>
${b.transitions.length ? workflowButtons(b, item.slug, b.lang, b.transitions) : html`<p>${tr.t('editorial.version.noSteps')}</p>`}
<p><a href="${editorialPaths.revisions(locale, item.slug, b.lang)}">${tr.t('editorial.revisions.title')}</a></p>
</section>
<section aria-labelledby="preview-heading">
<h2 id="preview-heading">${tr.t('editorial.version.preview')}</h2>
<p class="hint">${tr.t('editorial.version.previewHint')}</p>
${preview(tr, item, b.lang, version)}
</section>`
    : ''
}
</div>`;
}
