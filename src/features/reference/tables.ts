// The reference module's tables (countries and regions), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export interface CountriesTable {
  code: string;
  slug: string;
  kind: 'country' | 'supranational';
  in_eu: boolean | number;
}

export interface RegionsTable {
  id: string;
  slug: string;
  country_code: string;
  kind: string;
  /** JSON: {"en": "Basque Country", "nl": "Baskenland", …} */
  names: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    countries: CountriesTable;
    regions: RegionsTable;
  }
}
