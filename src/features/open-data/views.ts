// The open-data page: what the API, feeds, calendar, CSV downloads, sitemap and export offer,
// and for editors the import form with the problems of a refused import, line by line.
import type { Locale, MessageKey, Translator } from '../../i18n/index.ts';
import { csrfField, errorSummary, notice, submitButton, textArea } from '../../web/components.ts';
import type { FieldErrors } from '../../web/forms.ts';
import { html, join, type SafeHtml } from '../../web/html.ts';
import { eventPaths } from '../events/paths.ts';
import { feedPaths } from '../feeds/paths.ts';
import { libraryPaths } from '../library/paths.ts';
import { openDataPaths } from './paths.ts';
import { problemMessage, type ImportProblem } from '../exchange/domain/parse.ts';

export interface OpenDataView {
  tr: Translator;
  locale: Locale;
  csrfToken: string;
  canImport: boolean;
  importLimit: string;
  json?: string;
  errors?: FieldErrors;
  problems?: ImportProblem[];
}

const ENDPOINTS = [
  {
    path: '/api/v1/items',
    example: '/api/v1/items?type=programme&level=secondary',
    text: 'api.page.api.items',
  },
  { path: '/api/v1/items/{slug}', example: null, text: 'api.page.api.item' },
  { path: '/api/v1/search', example: '/api/v1/search?q=stem', text: 'api.page.api.search' },
  {
    path: '/api/v1/organisations',
    example: '/api/v1/organisations?member=true',
    text: 'api.page.api.organisations',
  },
  { path: '/api/v1/countries', example: '/api/v1/countries', text: 'api.page.api.countries' },
  { path: '/api/v1/members', example: '/api/v1/members', text: 'api.page.api.members' },
  { path: '/api/v1/events', example: '/api/v1/events?when=upcoming', text: 'api.page.api.events' },
] as const;

/** A translated sentence with code samples in it: each parameter is shown as <code>. */
function withCode(tr: Translator, key: MessageKey, samples: Record<string, string>): SafeHtml {
  const names = Object.keys(samples);
  const marked = tr.t(key, Object.fromEntries(names.map((n, i) => [n, `\uE000${i}\uE001`])));
  return join(
    marked
      .split(/\uE000(\d+)\uE001/)
      .map((part, i) => (i % 2 ? html`<code>${samples[names[Number(part)]!]}</code>` : html`${part}`)),
  );
}

function section(id: string, title: string, body: SafeHtml): SafeHtml {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body}</section>`;
}

function apiSection(v: OpenDataView): SafeHtml {
  const { tr, locale } = v;
  const withLocale = (example: string) =>
    locale === 'en' ? example : `${example}${example.includes('?') ? '&' : '?'}locale=${locale}`;
  const rows = ENDPOINTS.map(
    (e) =>
      html`<li class="card"><code>${e.example ? html`<a href="${withLocale(e.example)}">${e.path}</a>` : e.path}</code><p>${tr.t(e.text)}</p></li>`,
  );
  return section(
    'open-data-api',
    tr.t('api.page.api.heading'),
    html`<p>${withCode(tr, 'api.page.api.intro', { base: '/api/v1/', cursor: 'nextCursor', locale: 'locale=nl', fallback: 'fallback' })}</p>
<p><a href="/api/openapi.json" type="application/json">${tr.t('api.page.api.openapi')}</a><br><span class="muted">${tr.t('api.page.api.openapiHint')}</span></p>
<p>${withCode(tr, 'api.page.api.errors', { example: '{"error":{"code","message"}}' })}</p>
<h3>${tr.t('api.page.api.endpoints')}</h3>
<ul class="card-grid">${rows}</ul>`,
  );
}

function problemList(tr: Translator, problems: ImportProblem[]): SafeHtml {
  return notice(
    'error',
    html`<p><strong>${tr.t('api.error.importRefused', { count: problems.length })}</strong></p>
<ol class="import-problems">${problems.map(
      (p) =>
        html`<li>${tr.t('api.import.problemAt', { line: p.line, column: p.column })}${p.field ? html` — <code>${p.field}</code>` : ''}: ${problemMessage(tr, p)}</li>`,
    )}</ol>`,
  );
}

function importSection(v: OpenDataView): SafeHtml {
  const { tr, locale } = v;
  const errors = v.errors ?? {};
  return section(
    'open-data-import',
    tr.t('api.import.heading'),
    html`<p>${tr.t('api.import.intro')}</p>
${errorSummary(tr, errors, { json: tr.t('api.import.label') })}
${v.problems?.length ? problemList(tr, v.problems) : ''}
<form class="form" method="post" action="${openDataPaths.import(locale)}">
  ${csrfField(v.csrfToken)}
  ${textArea(tr, errors, { name: 'json', label: tr.t('api.import.label'), value: v.json ?? '', rows: 12, required: true, hint: tr.t('api.import.hint', { size: v.importLimit, endpoint: 'POST /api/v1/import' }) })}
  ${submitButton(tr.t('api.import.submit'))}
</form>`,
  );
}

export function openDataView(v: OpenDataView): SafeHtml {
  const { tr, locale } = v;
  const contents = [
    ['open-data-api', 'api.page.api.heading'],
    ['open-data-feeds', 'api.page.feeds.heading'],
    ['open-data-calendar', 'api.page.calendar.heading'],
    ['open-data-csv', 'api.page.csv.heading'],
    ['open-data-sitemap', 'api.page.sitemap.heading'],
    ['open-data-export', 'api.page.export.heading'],
    ...(v.canImport ? [['open-data-import', 'api.import.heading']] : []),
  ] as [string, Parameters<Translator['t']>[0]][];
  return html`<div class="open-data">
<h1>${tr.t('api.page.title')}</h1>
<p class="lead">${tr.t('api.page.intro')}</p>
<nav aria-labelledby="open-data-contents"><h2 id="open-data-contents" class="visually-hidden">${tr.t('api.page.contents')}</h2>
<ul>${contents.map(([id, key]) => html`<li><a href="#${id}">${tr.t(key)}</a></li>`)}</ul></nav>
${apiSection(v)}
${section(
  'open-data-feeds',
  tr.t('api.page.feeds.heading'),
  html`<p>${tr.t('api.page.feeds.intro')}</p><ul>
<li><a href="${feedPaths.feed('en')}" type="application/atom+xml" hreflang="en">${tr.t('api.page.feeds.en')}</a></li>
<li><a href="${feedPaths.feed('nl')}" type="application/atom+xml" hreflang="nl">${tr.t('api.page.feeds.nl')}</a></li></ul>`,
)}
${section('open-data-calendar', tr.t('api.page.calendar.heading'), html`<p>${tr.t('api.page.calendar.intro')}</p><p><a href="${eventPaths.eventsCalendar(locale)}" type="text/calendar">${tr.t('api.page.calendar.link')}</a></p>`)}
${section('open-data-csv', tr.t('api.page.csv.heading'), html`<p>${tr.t('api.page.csv.intro')}</p><p><a href="${libraryPaths.library(locale)}">${tr.t('api.page.csv.link')}</a></p>`)}
${section('open-data-sitemap', tr.t('api.page.sitemap.heading'), html`<p>${tr.t('api.page.sitemap.intro')}</p><p><a href="/sitemap.xml" type="application/xml"><code>/sitemap.xml</code></a></p>`)}
${section('open-data-export', tr.t('api.page.export.heading'), html`<p>${tr.t('api.page.export.intro')}</p><p><a href="/api/v1/export" type="application/json">${tr.t('api.page.export.link')}</a></p>`)}
${v.canImport ? importSection(v) : ''}
</div>`;
}
