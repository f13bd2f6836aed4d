// The map of Europe behind the members directory, projected on the server from Natural Earth
// boundaries (world-atlas, 1:50m) into SVG path strings. Geometry never changes, so the paths
// are computed once per process on first use and kept; a page only chooses colours and links.
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea, geoPath, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 540;

/** Points the view must contain: Iceland, Portugal, Malta, Crete, Cyprus, the North Cape and the east of the EU. */
const EUROPE_FRAME: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [-24.5, 66.5],
    [-10, 36],
    [14.5, 35.5],
    [25, 34.6],
    [34.6, 34.3],
    [28, 71.2],
    [38, 55],
    [-10.5, 52],
  ],
};

/** Projected points closer than this (in viewBox units) to the last kept one are dropped: below
 * a pixel at the width the map is shown, and it keeps the SVG near 60 kB instead of 200 kB. */
const THIN_TOLERANCE = 2;
/** Islands smaller than this (square units) are left out, except a country's largest part. */
const MIN_RING_AREA = 3;
/** Countries smaller than this on the map also get a round marker, so they can be seen and hit. */
const MARKER_AREA = 60;

export interface CountryShape {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  d: string;
  /** Centre of a marker for very small countries (Luxembourg, Malta, Liechtenstein). */
  marker: [number, number] | null;
}

export interface EuropeMap {
  width: number;
  height: number;
  /** Every country the frame shows, keyed by alpha-2 code; land without a code is in `otherLand`. */
  shapes: Map<string, CountryShape>;
  otherLand: string;
}

/** A stream filter that drops points too close together to be seen: 50m detail at 1/4 of the size. */
function thinned(out: GeoStream): GeoStream {
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  let inLine = false;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (!inLine) return out.point(x, y);
      if (Number.isNaN(lastX) || Math.hypot(x - lastX, y - lastY) >= THIN_TOLERANCE) {
        out.point(x, y);
        lastX = x;
        lastY = y;
        pending = null;
      } else pending = [x, y];
    },
    lineStart() {
      inLine = true;
      lastX = Number.NaN;
      pending = null;
      out.lineStart();
    },
    lineEnd() {
      if (pending) out.point(pending[0], pending[1]);
      inLine = false;
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

function loadCountries(): Feature<Geometry, { name: string }>[] {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  return 'features' in collection ? collection.features : [collection];
}

function build(): EuropeMap {
  const projection = geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitExtent(
      [
        [6, 6],
        [MAP_WIDTH - 6, MAP_HEIGHT - 6],
      ],
      EUROPE_FRAME,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const measure = geoPath(projection);
  const draw = geoPath({ stream: (s: GeoStream) => projection.stream(thinned(s)) }).digits(1);
  const drawExact = geoPath(projection).digits(1);

  const shapes = new Map<string, CountryShape>();
  const other: string[] = [];
  for (const f of loadCountries()) {
    // Russia spans the antimeridian: clipped to this frame its outline fills a straight-edged block
    // over the east of the map. No member is there, so it is left out rather than drawn wrongly.
    if (String(f.id) === '643') continue;
    const geometry = withoutSpecks(f.geometry, measure);
    const area = measure.area(geometry);
    // Thinning would wipe out a country of a few units (Malta): those are drawn point for point.
    const d = area < MARKER_AREA ? drawExact(geometry) : draw(geometry);
    if (!d) continue;
    // Kosovo and Northern Cyprus carry no numeric ISO code in the data: drawn as land, not linked.
    const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    if (!code) {
      other.push(d);
      continue;
    }
    const centre = measure.centroid(geometry);
    const marker: [number, number] | null =
      area < MARKER_AREA && Number.isFinite(centre[0]) ? [round(centre[0]), round(centre[1])] : null;
    shapes.set(code, { code, d, marker });
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, otherLand: other.join('') };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Leave out islands too small to see (the largest part of a country always stays). */
function withoutSpecks(geometry: Geometry, measure: ReturnType<typeof geoPath>): Geometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const parts = geometry.coordinates.map((coordinates) => ({
    coordinates,
    area: measure.area({ type: 'Polygon', coordinates } satisfies Polygon),
  }));
  const largest = Math.max(...parts.map((p) => p.area));
  const kept = parts.filter((p) => p.area >= MIN_RING_AREA || p.area === largest).map((p) => p.coordinates);
  return { type: 'MultiPolygon', coordinates: kept } satisfies MultiPolygon;
}

let cached: EuropeMap | null = null;

/** The projected map, built on first use and shared by every request of the process. */
export function europeMap(): EuropeMap {
  cached ??= build();
  return cached;
}
