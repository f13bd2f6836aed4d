// Public dossier pages: the overview (two tables, filters, map), the dossier, and the timeline.
import type { Locale, MessageKey, Translator } from '../../i18n/index.ts';
import { factList, notice, sentenceWith } from '../../web/components.ts';
import { html, safeUrl, type SafeHtml } from '../../web/html.ts';
import { renderMarkdown } from '../../web/markdown.ts';
import { contentPaths, absoluteUrl } from '../../kernel/paths.ts';
import { countryPaths } from '../countries/paths.ts';
import { organisationPaths } from '../organisations/paths.ts';
import { taskforcePaths } from './paths.ts';
import { countryName, countrySlug, languageName } from '../reference/domain/vocabulary.ts';
import { regionName } from '../reference/domain/regions.ts';
import type { DossierRow, DossierView } from './service-read.ts';
import type { OrderedTimeline, TimelineRow } from './domain/timeline.ts';
import { TASKFORCE_STATUSES, type TaskforceStatus } from './domain/vocabulary.ts';
import { compareIn } from '../../lib/text.ts';

const statusLabel = (tr: Translator, s: TaskforceStatus) => tr.t(`taskforces.status.${s}` as MessageKey);

function entryMeta(tr: Translator, row: TimelineRow): string {
  if (row.kind === 'milestone') return tr.t('taskforces.milestone');
  const kind =
    row.date === null && row.levels.length > 0
      ? row.levels.map((l) => tr.t(`level.${l}` as MessageKey)).join(', ')
      : tr.t(`type.${row.type}` as MessageKey);
  return row.sourceName ? `${kind} | ${row.sourceName}` : kind;
}

function entry(tr: Translator, locale: Locale, row: TimelineRow, linkTarget?: string): SafeHtml {
  const lang = row.fallback ? html` lang="${row.lang}"` : '';
  const inner = html`${row.date ? html`<p class="timeline-date"><time datetime="${row.date}">${tr.date(row.date)}</time></p>` : ''}
    <p class="timeline-meta">${entryMeta(tr, row)}</p>
    <h3 class="timeline-title"${lang}>${row.title}</h3>
    ${row.teaser ? html`<p class="timeline-teaser"${lang}>${row.teaser}</p>` : ''}`;
  const note = row.note
    ? html`<p class="timeline-note"${row.noteLang !== locale ? html` lang="${row.noteLang}"` : ''}><span class="visually-hidden">${tr.t('taskforces.note')}: </span>${row.note}</p>`
    : '';
  const body = row.slug
    ? html`<a class="timeline-link" href="${contentPaths.item(locale, row.slug)}"${linkTarget ? html` target="${linkTarget}"` : ''}>${inner}</a>`
    : html`<div class="timeline-link timeline-milestone">${inner}</div>`;
  return html`<li class="timeline-entry timeline-${row.kind}">${body}${note}</li>`;
}

export function timelineView(
  tr: Translator,
  locale: Locale,
  timeline: OrderedTimeline,
  linkTarget?: string,
): SafeHtml {
  if (timeline.dated.length === 0 && timeline.undated.length === 0)
    return html`<p>${tr.t('taskforces.timelineEmpty')}</p>`;
  return html`<p class="hint">${tr.t('taskforces.timelineIntro')}</p>
${timeline.dated.length ? html`<ol class="timeline" reversed>${timeline.dated.map((r) => entry(tr, locale, r, linkTarget))}</ol>` : ''}
${timeline.undated.length ? html`<h3 class="timeline-group">${tr.t('taskforces.undated')}</h3><ul class="timeline timeline-undated">${timeline.undated.map((r) => entry(tr, locale, r, linkTarget))}</ul>` : ''}`;
}

function section(title: string, id: string, body: string | undefined, lang: string | null): SafeHtml {
  if (!body || body.trim() === '') return html``;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2><div class="prose"${lang ? html` lang="${lang}"` : ''}>${renderMarkdown(body)}</div></section>`;
}

export function dossierView(v: {
  tr: Translator;
  locale: Locale;
  dossier: DossierView;
  canEdit: boolean;
  embedCode: string;
}): SafeHtml {
  const { tr, locale, dossier } = v;
  const { view, details } = dossier;
  const lang = view.fallback ? view.lang : null;
  const orgs = (role: string) =>
    view.organisations
      .filter((o) => o.role === role)
      .map(
        (o) =>
          html`<a href="${organisationPaths.organisation(locale, o.organisation.slug)}">${o.organisation.name}</a>`,
      );
  const join = (parts: SafeHtml[]) =>
    parts.length ? html`${parts.map((p, i) => html`${i ? ', ' : ''}${p}`)}` : null;
  const neighbour = (s: DossierView['predecessor']) =>
    s ? html`<a href="${taskforcePaths.taskforce(locale, s.slug)}">${s.title}</a>` : null;
  const starts = view.item.neutral.startsOn as string | null;
  const ends = view.item.neutral.endsOn as string | null;
  return html`<article class="dossier">
<p class="breadcrumb"><a href="${taskforcePaths.taskforces(locale)}">${tr.t('taskforces.title')}</a></p>
${view.fallback ? notice('info', tr.t('library.item.fallback' as MessageKey, { wanted: languageName(locale, locale), shown: languageName(view.lang, locale) })) : ''}
<h1${lang ? html` lang="${lang}"` : ''}>${view.text.title}</h1>
<p class="dossier-status"><span class="badge badge-${details.status}">${statusLabel(tr, details.status)}</span></p>
${details.status === 'closed' && dossier.successor ? notice('info', sentenceWith(tr, 'taskforces.closedWithSuccessor', 'title', neighbour(dossier.successor)!)) : ''}
<p class="lead"${lang ? html` lang="${lang}"` : ''}>${view.text.summary}</p>
<div class="dossier-layout">
<aside class="dossier-facts" aria-label="${tr.t('taskforces.fact.status')}">
${factList([
  { label: tr.t('taskforces.fact.requesters'), value: join(orgs('requester')) },
  {
    label: tr.t('taskforces.fact.country'),
    value: join(
      view.countries.map(
        (c) => html`<a href="${countryPaths.country(locale, countrySlug(c))}">${countryName(c, locale)}</a>`,
      ),
    ),
  },
  {
    label: tr.t('taskforces.fact.regions'),
    value: view.regions.map((r) => regionName(r, locale)).join(', '),
  },
  { label: tr.t('taskforces.fact.start'), value: starts ? tr.date(starts) : null },
  { label: tr.t('taskforces.fact.end'), value: ends ? tr.date(ends) : null },
  { label: tr.t('taskforces.fact.status'), value: statusLabel(tr, details.status) },
  {
    label: tr.t('taskforces.fact.instruments'),
    value: details.instruments.map((i) => tr.t(`taskforces.instrument.${i}` as MessageKey)).join(', '),
  },
  { label: tr.t('taskforces.fact.platforms'), value: join(orgs('platform')) },
  { label: tr.t('taskforces.fact.predecessor'), value: neighbour(dossier.predecessor) },
  { label: tr.t('taskforces.fact.successor'), value: neighbour(dossier.successor) },
  { label: tr.t('taskforces.fact.updated'), value: tr.date(view.item.updatedAt) },
])}
<ul class="dossier-actions">
  <li><button type="button" class="button button-secondary" data-print hidden>${tr.t('taskforces.print')}</button></li>
  <li><a href="${taskforcePaths.meetings(locale, view.item.slug)}">${tr.t('taskforces.calendar')}</a></li>
  ${v.canEdit ? html`<li><a href="${taskforcePaths.edit(locale, view.item.slug)}">${tr.t('taskforces.edit')}</a></li>` : ''}
</ul>
</aside>
<div class="dossier-main">
${section(tr.t('taskforces.background'), 'background-h', view.text.body, lang)}
${section(tr.t('taskforces.objectives'), 'objectives-h', view.text.fields.objectives, lang)}
${section(tr.t('taskforces.results'), 'results-h', view.text.fields.results, lang)}
<section aria-labelledby="timeline-h">
  <h2 id="timeline-h">${tr.t('taskforces.timeline')}</h2>
  ${timelineView(tr, locale, dossier.timeline)}
</section>
<details class="embed-code">
  <summary>${tr.t('taskforces.embed')}</summary>
  <label for="embed-code">${tr.t('taskforces.embedHint')}</label>
  <textarea id="embed-code" readonly rows="3">${v.embedCode}</textarea>
</details>
</div>
</div>
</article>`;
}

function dossierTable(
  tr: Translator,
  locale: Locale,
  rows: DossierRow[],
  caption: string,
  id: string,
): SafeHtml {
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${caption}</h2>
${
  rows.length === 0
    ? html`<p>${tr.t('taskforces.none')}</p>`
    : html`<div class="table-wrap"><table class="dossier-table">
<thead><tr><th scope="col">${tr.t('taskforces.col.start')}</th><th scope="col">${tr.t('taskforces.col.dossier')}</th><th scope="col">${tr.t('taskforces.col.country')}</th><th scope="col">${tr.t('taskforces.col.requester')}</th><th scope="col">${tr.t('taskforces.col.status')}</th></tr></thead>
<tbody>${rows.map(
        (r) => html`<tr>
  <td>${r.startsOn ? html`<time datetime="${r.startsOn}">${tr.date(r.startsOn, 'medium')}</time>` : '—'}</td>
  <td><a href="${taskforcePaths.taskforce(locale, r.slug)}"${r.fallback ? html` lang="${r.lang}"` : ''}>${r.title}</a><p class="muted"${r.fallback ? html` lang="${r.lang}"` : ''}>${r.teaser}</p></td>
  <td>${r.countries.map((c) => countryName(c, locale)).join(', ')}</td>
  <td>${r.requesters.map((o, i) => html`${i ? ', ' : ''}<a href="${organisationPaths.organisation(locale, o.slug)}">${o.name}</a>`)}</td>
  <td><span class="badge badge-${r.status}">${statusLabel(tr, r.status)}</span></td>
</tr>`,
      )}</tbody></table></div>`
}
</section>`;
}

export function overviewView(v: {
  tr: Translator;
  locale: Locale;
  ongoing: DossierRow[];
  done: DossierRow[];
  countries: string[];
  country: string | null;
  status: TaskforceStatus | null;
  map: SafeHtml;
  canCreate: boolean;
}): SafeHtml {
  const { tr, locale } = v;
  const countryOptions = v.countries
    .map((c) => ({ code: c, name: countryName(c, locale) }))
    .sort((a, b) => compareIn(locale)(a.name, b.name));
  return html`<h1>${tr.t('taskforces.title')}</h1>
<p class="lead">${tr.t('taskforces.intro')}</p>
${v.canCreate ? html`<p><a class="button button-primary" href="${taskforcePaths.newDossier(locale)}">${tr.t('taskforces.new')}</a></p>` : ''}
<div class="taskforce-overview">
<form method="get" action="${taskforcePaths.taskforces(locale)}" class="filter-bar" aria-label="${tr.t('taskforces.filter')}">
  <div class="field"><label for="tf-country">${tr.t('taskforces.filter.country')}</label>
  <select id="tf-country" name="country"><option value="">${tr.t('taskforces.filter.any')}</option>${countryOptions.map((c) => html`<option value="${c.code}"${c.code === v.country ? html` selected` : ''}>${c.name}</option>`)}</select></div>
  <div class="field"><label for="tf-status">${tr.t('taskforces.filter.status')}</label>
  <select id="tf-status" name="status"><option value="">${tr.t('taskforces.filter.any')}</option>${TASKFORCE_STATUSES.map((s) => html`<option value="${s}"${s === v.status ? html` selected` : ''}>${statusLabel(tr, s)}</option>`)}</select></div>
  <button type="submit" class="button button-secondary">${tr.t('taskforces.filter.apply')}</button>
  ${v.country || v.status ? html`<a href="${taskforcePaths.taskforces(locale)}">${tr.t('taskforces.filter.reset')}</a>` : ''}
</form>
<figure class="taskforce-map">${v.map}</figure>
</div>
${dossierTable(tr, locale, v.ongoing, tr.t('taskforces.ongoing'), 'ongoing-h')}
${dossierTable(tr, locale, v.done, tr.t('taskforces.finalised'), 'finalised-h')}`;
}

export function safeEmbedUrl(baseUrl: string, locale: Locale, slug: string): string {
  return safeUrl(absoluteUrl(baseUrl, taskforcePaths.embed(locale, slug))) ?? '';
}
