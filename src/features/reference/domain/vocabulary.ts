// Closed vocabularies of the knowledge hub. Codes are stored; labels come from the UI catalogs
// (`type.*`, `level.*`, `theme.*`, `orgKind.*`, `memberRole.*`) or from Intl (countries, languages).

export const LEVELS = ['early_childhood', 'primary', 'secondary', 'vet', 'higher', 'lifelong'] as const;
export type Level = (typeof LEVELS)[number];

export const THEMES = [
  'competitions',
  'intersectoral',
  'school_company',
  'gender',
  'teachers',
  'careers',
  'informal_learning',
  'digital',
  'research_careers',
  'inclusion',
  'monitoring_data',
  'policy_making',
] as const;
export type Theme = (typeof THEMES)[number];

export const ORG_KINDS = [
  'government',
  'agency',
  'association',
  'ngo',
  'university',
  'research_council',
  'company',
  'school',
  'eu_body',
  'foundation',
  'media',
  'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const MEMBER_ROLES = [
  'national_stem_platform',
  'national_lead_partner',
  'associate_partner',
  'european_partner',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** The 24 official EU languages, plus Norwegian Bokmål for partner content. */
export const CONTENT_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'nb',
] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;
/** EU and EEA countries, the United Kingdom and Switzerland; "EU" stands for the Union itself. */
export const COUNTRY_CODES = [...EU_MEMBERS, 'IS', 'LI', 'NO', 'GB', 'CH', 'EU'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export interface RegionSpec {
  slug: string;
  country: CountryCode;
  kind: 'autonomous_community' | 'region' | 'province' | 'landsdeel';
  names: { en: string; nl: string };
}

export const REGIONS: readonly RegionSpec[] = [
  {
    slug: 'basque-country',
    country: 'ES',
    kind: 'autonomous_community',
    names: { en: 'Basque Country', nl: 'Baskenland' },
  },
  {
    slug: 'catalonia',
    country: 'ES',
    kind: 'autonomous_community',
    names: { en: 'Catalonia', nl: 'Catalonië' },
  },
  { slug: 'flanders', country: 'BE', kind: 'region', names: { en: 'Flanders', nl: 'Vlaanderen' } },
  { slug: 'wallonia', country: 'BE', kind: 'region', names: { en: 'Wallonia', nl: 'Wallonië' } },
  {
    slug: 'brussels',
    country: 'BE',
    kind: 'region',
    names: { en: 'Brussels-Capital Region', nl: 'Brussels Hoofdstedelijk Gewest' },
  },
  { slug: 'brittany', country: 'FR', kind: 'region', names: { en: 'Brittany', nl: 'Bretagne' } },
  {
    slug: 'central-denmark',
    country: 'DK',
    kind: 'region',
    names: { en: 'Central Denmark Region', nl: 'Midden-Jutland' },
  },
  {
    slug: 'north-rhine-westphalia',
    country: 'DE',
    kind: 'region',
    names: { en: 'North Rhine-Westphalia', nl: 'Noordrijn-Westfalen' },
  },
  {
    slug: 'nl-noord',
    country: 'NL',
    kind: 'landsdeel',
    names: { en: 'North Netherlands', nl: 'Noord-Nederland' },
  },
  {
    slug: 'nl-oost',
    country: 'NL',
    kind: 'landsdeel',
    names: { en: 'East Netherlands', nl: 'Oost-Nederland' },
  },
  {
    slug: 'nl-zuidoost',
    country: 'NL',
    kind: 'landsdeel',
    names: { en: 'South-East Netherlands', nl: 'Zuidoost-Nederland' },
  },
  {
    slug: 'nl-zuidwest',
    country: 'NL',
    kind: 'landsdeel',
    names: { en: 'South-West Netherlands', nl: 'Zuidwest-Nederland' },
  },
  {
    slug: 'nl-noordvleugel',
    country: 'NL',
    kind: 'landsdeel',
    names: { en: 'Northern Randstad', nl: 'Noordvleugel' },
  },
  { slug: 'groningen', country: 'NL', kind: 'province', names: { en: 'Groningen', nl: 'Groningen' } },
  { slug: 'friesland', country: 'NL', kind: 'province', names: { en: 'Friesland', nl: 'Friesland' } },
  { slug: 'drenthe', country: 'NL', kind: 'province', names: { en: 'Drenthe', nl: 'Drenthe' } },
  { slug: 'overijssel', country: 'NL', kind: 'province', names: { en: 'Overijssel', nl: 'Overijssel' } },
  { slug: 'flevoland', country: 'NL', kind: 'province', names: { en: 'Flevoland', nl: 'Flevoland' } },
  { slug: 'gelderland', country: 'NL', kind: 'province', names: { en: 'Gelderland', nl: 'Gelderland' } },
  { slug: 'utrecht', country: 'NL', kind: 'province', names: { en: 'Utrecht', nl: 'Utrecht' } },
  {
    slug: 'noord-holland',
    country: 'NL',
    kind: 'province',
    names: { en: 'North Holland', nl: 'Noord-Holland' },
  },
  {
    slug: 'zuid-holland',
    country: 'NL',
    kind: 'province',
    names: { en: 'South Holland', nl: 'Zuid-Holland' },
  },
  { slug: 'zeeland', country: 'NL', kind: 'province', names: { en: 'Zeeland', nl: 'Zeeland' } },
  {
    slug: 'noord-brabant',
    country: 'NL',
    kind: 'province',
    names: { en: 'North Brabant', nl: 'Noord-Brabant' },
  },
  { slug: 'limburg', country: 'NL', kind: 'province', names: { en: 'Limburg', nl: 'Limburg' } },
];

/** Region slugs, as the API and the exchange format name regions. */
export const REGION_SLUGS = REGIONS.map((r) => r.slug);

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Display names by locale and code, asked of ICU once each (a lookup costs microseconds). */
function displayNames(type: 'region' | 'language'): (code: string, locale: string) => string {
  const byLocale = new Map<string, { names: Intl.DisplayNames; known: Map<string, string> }>();
  return (code, locale) => {
    let entry = byLocale.get(locale);
    if (!entry)
      byLocale.set(locale, (entry = { names: new Intl.DisplayNames([locale], { type }), known: new Map() }));
    let name = entry.known.get(code);
    if (name === undefined) {
      name = entry.names.of(code) ?? code;
      // Codes come from the vocabulary and stored data, but never let odd input grow the map unbounded.
      if (entry.known.size < 1000) entry.known.set(code, name);
    }
    return name;
  };
}

/** Country name in the reader's language ("Nederland", "Spain", "European Union"). */
export const countryName = displayNames('region');

/** Language name in the reader's language ("Dutch", "Nederlands"). */
export const languageName = displayNames('language');

export function countrySlug(code: string): string {
  return countryName(code, 'en')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
