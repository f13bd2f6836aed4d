// The library listing and the search page: a GET form of facet checkboxes (works without
// JavaScript; library.js makes it live), removable filter chips, results and pagination.
import type { MessageKey } from '../../i18n/index.ts';
import { pagination } from '../../web/components.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { libraryPaths } from './paths.ts';
import { FACETS, type Facet } from '../items/domain/facets.ts';
import type { FacetOption, ListingView, SearchView, Selection } from './service.ts';
import { queryString, resultList, searchBox, withoutValue, type ViewContext } from './views-parts.ts';

/** Closed vocabularies are short enough to show whole; other lists longer than FOLD_AFTER show
 * their most frequent values (and the selected ones) and fold the rest into a <details>. */
const NEVER_FOLD: readonly Facet[] = ['type', 'level', 'theme'];
const FOLD_AFTER = 8;
const SHOWN_WHEN_FOLDED = 5;

function splitOptions(facet: Facet, options: FacetOption[]): { shown: FacetOption[]; more: FacetOption[] } {
  if (NEVER_FOLD.includes(facet) || options.length <= FOLD_AFTER) return { shown: options, more: [] };
  // Years are already newest first; other lists are alphabetical, so pick the busiest values.
  const ranked = facet === 'year' ? options : [...options].sort((a, b) => b.count - a.count);
  const keep = new Set(
    [...ranked.slice(0, SHOWN_WHEN_FOLDED), ...options.filter((o) => o.selected)].map((o) => o.value),
  );
  return { shown: options.filter((o) => keep.has(o.value)), more: options.filter((o) => !keep.has(o.value)) };
}

function optionLabel(ctx: ViewContext, facet: Facet, option: Pick<FacetOption, 'value' | 'name'>): string {
  switch (facet) {
    case 'type':
    case 'level':
    case 'theme':
      return ctx.tr.t(`${facet}.${option.value}` as MessageKey);
    case 'year':
      return option.value;
    case 'country':
    case 'region':
    case 'organisation':
      return option.name ?? option.value;
  }
}

function facetLabel(ctx: ViewContext, facet: Facet): string {
  return ctx.tr.t(`library.facet.${facet}` as MessageKey);
}

function facetField(ctx: ViewContext, facet: Facet, options: FacetOption[], notShown = 0): SafeHtml | string {
  if (options.length === 0) return '';
  const box = (o: FacetOption) => {
    const id = `f-${facet}-${o.value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    return html`<li><input type="checkbox" id="${id}" name="${facet}" value="${o.value}"${o.selected ? html` checked` : ''}>
      <label for="${id}">${optionLabel(ctx, facet, o)} <span class="facet-count">(${ctx.tr.number(o.count)})</span></label></li>`;
  };
  const { shown, more } = splitOptions(facet, options);
  return html`<fieldset class="facet" data-facet="${facet}">
  <legend>${facetLabel(ctx, facet)}</legend>
  <ul class="facet-options">${shown.map(box)}</ul>
  ${
    more.length
      ? html`<details class="facet-more" data-facet-details="${facet}"><summary>${ctx.tr.t('library.facet.showMore', { count: more.length })}</summary><ul class="facet-options">${more.map(box)}</ul>${
          notShown > 0
            ? html`<p class="facet-note">${ctx.tr.t('library.facet.notShown', { count: notShown })}</p>`
            : ''
        }</details>`
      : ''
  }
</fieldset>`;
}

function filterForm(
  ctx: ViewContext,
  view: ListingView,
  action: string,
  q: string | null,
): SafeHtml | string {
  if (FACETS.every((f) => view.facets[f].length === 0)) return '';
  const label = q === null ? ctx.tr.t('library.filters.heading') : ctx.tr.t('library.search.filters');
  return html`<form class="facets" id="library-filters" method="get" action="${action}" aria-label="${label}" data-library-form>
  <details class="filter-panel" open data-filter-panel>
    <summary>${label}</summary>
    ${q !== null ? html`<input type="hidden" name="q" value="${q}">` : ''}
    ${FACETS.map((f) => facetField(ctx, f, view.facets[f], f === 'organisation' ? view.organisationsNotShown : 0))}
    <button type="submit" class="button button-secondary facet-apply">${ctx.tr.t('library.apply')}</button>
  </details>
</form>`;
}

function activeFilters(
  ctx: ViewContext,
  view: ListingView,
  base: (s: Selection) => string,
): SafeHtml | string {
  const chips = FACETS.flatMap((facet) =>
    view.selection[facet].map((value) => {
      const option = view.facets[facet].find((o) => o.value === value) ?? { value, name: null };
      return html`<li><a class="chip" href="${base(withoutValue(view.selection, facet, value))}"><span class="visually-hidden">${ctx.tr.t('library.active.remove')}: </span>${facetLabel(ctx, facet)}: ${optionLabel(ctx, facet, option)}<span class="chip-x" aria-hidden="true">×</span></a></li>`;
    }),
  );
  if (chips.length === 0) return '';
  const none = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Selection;
  return html`<div class="active-filters">
  <h3 class="visually-hidden">${ctx.tr.t('library.active.heading')}</h3>
  <ul class="chips">${chips}<li><a class="chip-clear" href="${base(none)}">${ctx.tr.t('library.active.clear')}</a></li></ul>
</div>`;
}

function csvLink(ctx: ViewContext, view: ListingView, q: string | null): SafeHtml | string {
  if (view.total === 0) return '';
  const qs = queryString(view.selection, { q: q ?? undefined });
  return html`<p class="csv-link"><a href="${libraryPaths.csv(ctx.locale, qs)}" download>${ctx.tr.t('library.csv')}</a> <span class="muted">${ctx.tr.t('library.csv.hint')}</span></p>`;
}

interface ResultsOptions {
  heading: string;
  /** What the live region says after a live update. */
  announcement: string;
  empty: string;
  q: string | null;
  terms: string[];
  base: (selection: Selection, page?: number) => string;
}

function resultsRegion(ctx: ViewContext, view: ListingView, opts: ResultsOptions): SafeHtml {
  return html`<section class="results" id="library-results" aria-labelledby="results-heading">
  <h2 id="results-heading" data-result-count="${opts.announcement}">${opts.heading}</h2>
  ${csvLink(ctx, view, opts.q)}
  ${activeFilters(ctx, view, (s) => opts.base(s))}
  ${view.total === 0 ? html`<p class="results-none">${opts.empty}</p>` : resultList(ctx, view.results, opts.terms)}
  ${pagination(ctx.tr, { page: view.page, pageCount: view.pageCount, href: (p) => opts.base(view.selection, p) })}
</section>`;
}

function liveStatus(): SafeHtml {
  return html`<p class="visually-hidden" role="status" aria-live="polite" id="library-status"></p>`;
}

export function libraryView(ctx: ViewContext, view: ListingView): SafeHtml {
  const base = (s: Selection, page?: number) => libraryPaths.library(ctx.locale, queryString(s, { page }));
  return html`<div class="library-head">
  <h1>${ctx.tr.t('library.title')}</h1>
  <p class="lead">${ctx.tr.t('library.intro')}</p>
  ${searchBox(ctx, '')}
</div>
<div class="library" data-library>
  ${filterForm(ctx, view, libraryPaths.library(ctx.locale), null)}
  ${resultsRegion(ctx, view, {
    heading: ctx.tr.t('library.results.count', { count: view.total }),
    announcement: ctx.tr.t('library.results.updated', { count: view.total }),
    empty: ctx.tr.t('library.results.none'),
    q: null,
    terms: [],
    base,
  })}
</div>
${liveStatus()}`;
}

export function searchPageView(ctx: ViewContext, view: SearchView): SafeHtml {
  const base = (s: Selection, page?: number) =>
    `${libraryPaths.search(ctx.locale)}?${queryString(s, { q: view.q, page })}`;
  const head = html`<div class="library-head">
  <h1>${ctx.tr.t('library.search.title')}</h1>
  ${searchBox(ctx, view.q, 'search-q')}
  ${view.shortened ? html`<p class="notice notice-info">${ctx.tr.t('library.search.shortened')}</p>` : ''}
</div>`;
  if (view.state !== 'searched') {
    const message =
      view.state === 'no_terms' ? ctx.tr.t('library.search.noTerms') : ctx.tr.t('library.search.intro');
    return html`${head}<div data-library><p class="${view.state === 'no_terms' ? 'notice notice-warning' : 'lead'}">${message}</p></div>${liveStatus()}`;
  }
  return html`${head}
<div class="library" data-library>
  ${filterForm(ctx, view, libraryPaths.search(ctx.locale), view.q)}
  ${resultsRegion(ctx, view, {
    heading: ctx.tr.t('library.search.count', { count: view.total, q: view.q }),
    announcement: ctx.tr.t('library.search.count', { count: view.total, q: view.q }),
    empty: ctx.tr.t('library.search.none', { q: view.q }),
    q: view.q,
    terms: view.terms,
    base,
  })}
</div>
${liveStatus()}`;
}
