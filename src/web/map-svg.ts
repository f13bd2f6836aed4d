// The SVG of the map of Europe with some countries highlighted and linked. Members and taskforces
// draw the same map with their own links and labels; the markup is cached per set of links.
import { html, raw, type SafeHtml } from './html.ts';
import { europeMap } from './map.ts';

export interface MapLink {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  href: string;
  /** Accessible name and tooltip ("Netherlands — 2 members"). */
  label: string;
}

export interface MapOptions {
  /** Prefix of the title/desc ids, unique on the page. */
  id: string;
  title: string;
  desc: string;
  links: MapLink[];
}

function render(o: MapOptions): string {
  const map = europeMap();
  const onMap = o.links.filter((l) => map.shapes.has(l.code));
  const highlighted = new Set(onMap.map((l) => l.code));
  const neutral = [
    map.otherLand,
    ...[...map.shapes.values()].filter((s) => !highlighted.has(s.code)).map((s) => s.d),
  ].join('');
  const links = onMap.map((l) => {
    const shape = map.shapes.get(l.code)!;
    const marker = shape.marker ? html`<circle cx="${shape.marker[0]}" cy="${shape.marker[1]}" r="5"/>` : '';
    return html`<a href="${l.href}" aria-label="${l.label}" class="map-member"><title>${l.label}</title><path d="${shape.d}"/>${marker}</a>`;
  });
  // role="group", not "img": an img's children are presentational, which would hide the country
  // links from assistive technology while they still take keyboard focus.
  return html`<svg class="europe-map" viewBox="0 0 ${map.width} ${map.height}" role="group" aria-labelledby="${o.id}-title" aria-describedby="${o.id}-desc">
<title id="${o.id}-title">${o.title}</title>
<desc id="${o.id}-desc">${o.desc}</desc>
<rect class="map-sea" width="${map.width}" height="${map.height}"/>
<path class="map-land" d="${neutral}"/>
${links}
</svg>`.value;
}

// The markup changes only with the links (membership, dossiers, locale): a few variants are kept
// so a page does not rebuild 60 kB of paths on every request.
const cache = new Map<string, string>();

export function europeMapSvg(o: MapOptions): SafeHtml {
  const key = JSON.stringify(o);
  let svg = cache.get(key);
  if (svg === undefined) {
    if (cache.size >= 32) cache.clear();
    svg = render(o);
    cache.set(key, svg);
  }
  return raw(svg);
}
