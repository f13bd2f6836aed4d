// The taskforce map: the shared projection of Europe (members/map.ts), with every country that has
// a dossier highlighted and linked to the overview filtered on that country.
import type { Locale, Translator } from '../../i18n/index.ts';
import { html, raw, type SafeHtml } from '../../web/html.ts';
import { europeMap } from '../members/map.ts';
import { countryName } from '../reference/vocabulary.ts';

const cache = new Map<string, string>();

export function taskforceMap(tr: Translator, locale: Locale, counts: Map<string, number>): SafeHtml {
  const key = `${locale}|${[...counts].map(([c, n]) => `${c}:${n}`).join(',')}`;
  const hit = cache.get(key);
  if (hit) return raw(hit);
  const map = europeMap();
  const shown = [...counts.keys()].filter((c) => map.shapes.has(c));
  const highlighted = new Set(shown);
  const neutral = [map.otherLand, ...[...map.shapes.values()].filter((s) => !highlighted.has(s.code)).map((s) => s.d)].join('');
  const links = shown.map((code) => {
    const shape = map.shapes.get(code)!;
    const label = `${countryName(code, locale)} — ${tr.number(counts.get(code) ?? 0)}`;
    const marker = shape.marker ? html`<circle cx="${shape.marker[0]}" cy="${shape.marker[1]}" r="5"/>` : '';
    return html`<a href="/${locale}/taskforces?country=${code}" aria-label="${label}" class="map-member"><title>${label}</title><path d="${shape.d}"/>${marker}</a>`;
  });
  const svg = html`<svg class="europe-map" viewBox="0 0 ${map.width} ${map.height}" role="group" aria-labelledby="tf-map-title" aria-describedby="tf-map-desc">
<title id="tf-map-title">${tr.t('taskforces.map')}</title>
<desc id="tf-map-desc">${tr.t('taskforces.mapDesc')}</desc>
<rect class="map-sea" width="${map.width}" height="${map.height}"/>
<path class="map-land" d="${neutral}"/>
${links}
</svg>`.value;
  if (cache.size > 32) cache.clear();
  cache.set(key, svg);
  return raw(svg);
}
