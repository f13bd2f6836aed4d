// The SVG map of Europe beside the members directory, and the table that carries the same
// figures for everyone who does not use the map. Member countries are links to their pages.
import type { Translator } from '../../i18n/index.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { countryPaths } from '../countries/paths.ts';
import { europeMapSvg } from '../../web/map-svg.ts';
import type { CountryCount } from './service.ts';

function countryLabel(tr: Translator, c: CountryCount): string {
  return tr.t('members.map.countryLabel', { country: c.name, count: c.count });
}

function mapSvg(tr: Translator, counts: CountryCount[]): SafeHtml {
  return europeMapSvg({
    id: 'members-map',
    title: tr.t('members.map.title'),
    desc: tr.t('members.map.desc'),
    links: counts.map((c) => ({
      code: c.code,
      href: countryPaths.country(tr.locale, c.slug),
      label: countryLabel(tr, c),
    })),
  });
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
    (c) =>
      html`<tr><th scope="row"><a href="${countryPaths.country(tr.locale, c.slug)}">${c.name}</a></th><td class="num">${tr.number(c.count)}</td></tr>`,
  )}</tbody>
  <tfoot><tr><th scope="row">${tr.t('members.table.total')}</th><td class="num">${tr.number(total)}</td></tr></tfoot>
</table></div>`;
}
