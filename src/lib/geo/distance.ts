// Distances on the Earth's surface. Helix shows straight-line kilometres and, where people read
// "how far", an estimated travel distance: the straight line times the average detour factor of
// road networks measured across 300 European cities (Environment and Planning B, 2023: 1.34).
// Offline routing is not practical here (see docs/ARCHITECTURE.md).

export const EARTH_RADIUS_KM = 6371.0088;

/** Average ratio of road distance to straight-line distance in European cities. */
export const DETOUR_FACTOR = 1.34;

const RAD = Math.PI / 180;

/** Great-circle distance in km between two points given as longitude/latitude in degrees. */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Estimated travel distance in km for a straight-line distance. */
export function travelKm(straightKm: number): number {
  return straightKm * DETOUR_FACTOR;
}

/** The straight-line distance that an estimated travel distance corresponds to. */
export function straightKmForTravel(travel: number): number {
  return travel / DETOUR_FACTOR;
}
