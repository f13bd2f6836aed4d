// Revisions of a language version: the list (who, when, note) and one revision's changes as a
// word diff, with the button that restores it.
import type { MessageKey, Translator } from '../../../i18n/index.ts';
import { csrfField, submitButton } from '../../../web/components.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import type { Revision } from '../../items/domain/records.ts';
import { languageName } from '../../reference/domain/vocabulary.ts';
import type { FieldDiff } from './diff.ts';
import { editorialPaths } from '../paths.ts';
import { versionTrail, type ItemHeader } from './version.ts';

const BASE_FIELDS: Record<string, MessageKey> = {
  title: 'editorial.field.title',
  summary: 'editorial.field.summary',
  body: 'editorial.field.body',
};

function fieldLabel(tr: Translator, field: string): string {
  const key = BASE_FIELDS[field] ?? (`field.${field}` as MessageKey);
  return tr.t(key);
}

/** Notes written by the service are codes ("created", "restored <time>"); say them in words. */
export function revisionNote(tr: Translator, note: string | null): string {
  if (!note) return '';
  if (note === 'created') return tr.t('editorial.revisions.noteCreated');
  const restored = /^restored (\d{4}-\d{2}-\d{2}T[\d:.]+Z)$/.exec(note);
  if (restored?.[1]) return tr.t('editorial.revisions.noteRestored', { date: tr.dateTime(restored[1]) });
  return note;
}

export function revisionsView(b: ItemHeader & { revisions: Revision[] }): SafeHtml {
  const { tr, locale, item } = b;
  const language = languageName(b.lang, locale);
  return html`<div class="editorial">
${versionTrail(b, [{ label: tr.t('editorial.revisions.title') }])}
<h1>${tr.t('editorial.revisions.heading', { language })}</h1>
<p class="ed-item-name"><a href="${editorialPaths.editItem(locale, item.slug)}" lang="${b.itemTitleLang}">${b.itemTitle}</a></p>
${
  b.revisions.length
    ? html`<div class="table-wrap"><table class="ed-table">
  <thead><tr><th scope="col">${tr.t('editorial.revisions.when')}</th><th scope="col">${tr.t('editorial.revisions.who')}</th><th scope="col">${tr.t('editorial.revisions.note')}</th><th scope="col">${tr.t('table.actions')}</th></tr></thead>
  <tbody>${b.revisions.map(
    (r, i) => html`<tr>
    <td><time datetime="${r.createdAt}">${tr.dateTime(r.createdAt)}</time>${i === 0 ? html` <span class="ed-state ed-state-current">${tr.t('editorial.revisions.latest')}</span>` : ''}</td>
    <td data-label="${tr.t('editorial.revisions.who')}">${r.createdByName ?? tr.t('editorial.history.unknownActor')}</td>
    <td${r.note ? html` data-label="${tr.t('editorial.revisions.note')}"` : ''}>${revisionNote(tr, r.note)}</td>
    <td><a href="${editorialPaths.revision(locale, item.slug, b.lang, r.id)}">${tr.t('editorial.revisions.showChanges')}<span class="ed-visually-hidden"> (${tr.dateTime(r.createdAt)})</span></a></td>
  </tr>`,
  )}</tbody>
</table></div>`
    : html`<p>${tr.t('editorial.revisions.none')}</p>`
}
</div>`;
}

export interface DiffInput extends ItemHeader {
  revision: Revision;
  against: 'previous' | 'current';
  /** No earlier revision: everything in this one is new. */
  first: boolean;
  diffs: FieldDiff[];
  canRestore: boolean;
}

export function diffView(b: DiffInput): SafeHtml {
  const { tr, locale, item, revision } = b;
  const when = tr.dateTime(revision.createdAt);
  const link = (against: 'previous' | 'current', label: string) =>
    html`<li><a href="${editorialPaths.revision(locale, item.slug, b.lang, revision.id, against === 'current' ? 'current' : undefined)}"${b.against === against ? html` aria-current="page"` : ''}>${label}</a></li>`;
  const changed = b.diffs.filter((d) => d.changed);
  const unchanged = b.diffs.filter((d) => !d.changed);
  const explain =
    b.against === 'current'
      ? tr.t('editorial.diff.againstCurrent')
      : b.first
        ? tr.t('editorial.diff.first')
        : tr.t('editorial.diff.againstPrevious');
  return html`<div class="editorial">
${versionTrail(b, [{ href: editorialPaths.revisions(locale, item.slug, b.lang), label: tr.t('editorial.revisions.title') }, { label: when }])}
<h1>${tr.t('editorial.diff.title', { date: when })}</h1>
<p>${tr.t('editorial.diff.by', { name: revision.createdByName ?? tr.t('editorial.history.unknownActor') })}${revision.note ? html` — ${revisionNote(tr, revision.note)}` : ''}</p>
<nav class="sub-nav" aria-label="${tr.t('editorial.diff.compare')}"><ul>${link('previous', tr.t('editorial.diff.withPrevious'))}${link('current', tr.t('editorial.diff.withCurrent'))}</ul></nav>
<p>${explain}</p>
<p class="ed-legend"><ins>${tr.t('editorial.diff.added')}</ins> <del>${tr.t('editorial.diff.removed')}</del></p>
${changed.length ? changed.map((d) => html`<section class="ed-diff-field" aria-labelledby="diff-${d.field}"><h2 id="diff-${d.field}">${fieldLabel(tr, d.field)}</h2><div class="ed-diff" lang="${b.lang}">${d.markup}</div></section>`) : html`<p>${tr.t('editorial.diff.noChanges')}</p>`}
${unchanged.length ? html`<p class="muted">${tr.t('editorial.diff.unchanged', { fields: unchanged.map((d) => fieldLabel(tr, d.field)).join(', ') })}</p>` : ''}
${
  b.canRestore
    ? html`<section aria-labelledby="restore-heading" class="ed-section-box">
<h2 id="restore-heading">${tr.t('editorial.restore.title')}</h2>
<p>${tr.t('editorial.restore.explain')}</p>
<form method="post" action="${editorialPaths.restoreRevision(locale, item.slug, b.lang, revision.id)}">${csrfField(b.csrfToken)}${submitButton(tr.t('editorial.restore.button'), 'secondary')}</form>
</section>`
    : ''
}
</div>`;
}
