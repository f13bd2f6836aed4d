// Countries and regions as the other modules see them, and the name of a region in a language
// (the kernel's one fallback rule: the reader's language, else English, else any). Pure.
import { localName } from '../../../kernel/language.ts';

export interface Country {
  code: string;
  slug: string;
  kind: 'country' | 'supranational';
  inEu: boolean;
}

export interface Region {
  id: string;
  slug: string;
  countryCode: string;
  kind: string;
  names: Record<string, string>;
}

/** The region's name in the reader's language (its slug when it has no name at all). */
export function regionName(region: Pick<Region, 'names' | 'slug'>, locale: string): string {
  return localName(region.names, locale, region.slug);
}
