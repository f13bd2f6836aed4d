// The SVG map of Europe beside the members directory, and the table that carries the same
// figures for everyone who does not use the map. Member countries are links to their pages.
import type { Translator } from '../../i18n/index.ts';
import { html, raw, type SafeHtml } from '../../web/html.ts';
import { paths } from '../../web/paths.ts';
import { europeMap } from './map.ts';
import type { CountryGroup } from './service.ts';

export interface CountryCount {
  code: string;
  name: string;
  slug: string;
  count: number;
}

export function countsOf(groups: CountryGroup[]): CountryCount[] {
  return groups.flatMap((g) => (g.slug ? [{ code: g.code, name: g.name, slug: g.slug, count: g.members.length }] : []));
}

function countryLabel(tr: Translator, c: CountryCount): string {
  return tr.t('members.map.countryLabel', { country: c.name, count: c.count });
}

function renderSvg(tr: Translator, counts: CountryCount[]): string {
  const map = europeMap();
  const onMap = counts.filter((c) => map.shapes.has(c.code));
  const highlighted = new Set(onMap.map((c) => c.code));
  const neutral = [map.otherLand, ...[...map.shapes.values()].filter((s) => !highlighted.has(s.code)).map((s) => s.d)].join('');
  const links = onMap.map((c) => {
    const shape = map.shapes.get(c.code)!;
    const label = countryLabel(tr, c);
    const marker = shape.marker ? html`<circle cx="${shape.marker[0]}" cy="${shape.marker[1]}" r="5"/>` : '';
    return html`<a href="${paths.country(tr.locale, c.slug)}" aria-label="${label}" class="map-member"><title>${label}</title><path d="${shape.d}"/>${marker}</a>`;
  });
  // role="group", not "img": an img's children are presentational, which would hide the country
  // links from assistive technology while they still take keyboard focus.
  return html`<svg class="europe-map" viewBox="0 0 ${map.width} ${map.height}" role="group" aria-labelledby="members-map-title" aria-describedby="members-map-desc">
<title id="members-map-title">${tr.t('members.map.title')}</title>
<desc id="members-map-desc">${tr.t('members.map.desc')}</desc>
<rect class="map-sea" width="${map.width}" height="${map.height}"/>
<path class="map-land" d="${neutral}"/>
${links}
</svg>`.value;
}

// The markup depends only on the locale and the counts, which change when membership does: a few
// variants are kept so the page does not rebuild 60 kB of paths on every request.
const svgCache = new Map<string, string>();

function mapSvg(tr: Translator, counts: CountryCount[]): SafeHtml {
  const key = `${tr.locale}|${counts.map((c) => `${c.code}:${c.count}:${c.slug}`).join(',')}`;
  let svg = svgCache.get(key);
  if (svg === undefined) {
    if (svgCache.size >= 16) svgCache.clear();
    svg = renderSvg(tr, counts);
    svgCache.set(key, svg);
  }
  return raw(svg);
}

export function mapFigure(tr: Translator, counts: CountryCount[]): SafeHtml {
  return html`<figure class="map-figure">
  ${mapSvg(tr, counts)}
  <figcaption class="map-legend">
    <span><span class="swatch swatch-member" aria-hidden="true"></span>${tr.t('members.map.legendMember')}</span>
    <span><span class="swatch swatch-other" aria-hidden="true"></span>${tr.t('members.map.legendOther')}</span>
  </figcaption>
</figure>`;
}

export function countsTable(tr: Translator, counts: CountryCount[], total: number): SafeHtml {
  return html`<div class="table-wrap"><table class="members-table">
  <caption>${tr.t('members.table.caption')}</caption>
  <thead><tr><th scope="col">${tr.t('members.table.country')}</th><th scope="col" class="num">${tr.t('members.table.members')}</th></tr></thead>
  <tbody>${counts.map(
    (c) => html`<tr><th scope="row"><a href="${paths.country(tr.locale, c.slug)}">${c.name}</a></th><td class="num">${tr.number(c.count)}</td></tr>`,
  )}</tbody>
  <tfoot><tr><th scope="row">${tr.t('members.table.total')}</th><td class="num">${tr.number(total)}</td></tr></tfoot>
</table></div>`;
}
