// The reference data other modules read: countries and regions (synchronised with the
// vocabulary at every start), and the shape the API gives a country. Reads need no rule beyond
// the repository's, so they are the repository's functions, offered here as the module's surface.
import { countryName, countrySlug } from './domain/vocabulary.ts';

export {
  countryExists,
  findCountryBySlug,
  findRegionBySlug,
  listCountries,
  listRegions,
  syncReferenceData,
} from './repository.ts';
export { regionName, type Country, type Region } from './domain/regions.ts';

/** A country as the JSON API names it: code, page slug, and its names in English and Dutch. */
export function countryRef(code: string): { code: string; slug: string; names: { en: string; nl: string } } {
  return {
    code,
    slug: countrySlug(code),
    names: { en: countryName(code, 'en'), nl: countryName(code, 'nl') },
  };
}
