// The items module's tables (knowledge items, their language versions, links and revisions), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export interface ItemsTable {
  id: string;
  slug: string;
  type: string;
  original_lang: string;
  visibility: 'public' | 'members';
  organisation_id: string | null;
  published_on: string | null;
  starts_on: string | null;
  ends_on: string | null;
  year_start: number | null;
  year_end: number | null;
  external_url: string | null;
  registration_url: string | null;
  online_url: string | null;
  venue: string | null;
  city: string | null;
  funding_programme: string | null;
  grant_reference: string | null;
  source_note: string | null;
  year: number | null;
  sort_date: string | null;
  listed: boolean | number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export type VersionState = 'draft' | 'review' | 'published' | 'archived';

export interface ItemVersionsTable {
  id: string;
  item_id: string;
  lang: string;
  state: VersionState;
  title: string;
  summary: string;
  body: string;
  /** JSON object of the type's extra text fields (objectives, impact, next steps …). */
  fields: string;
  live_title: string | null;
  live_summary: string | null;
  live_body: string | null;
  live_fields: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ItemOrganisationsTable {
  item_id: string;
  organisation_id: string;
  role: 'owner' | 'source' | 'host' | 'partner' | 'requester' | 'platform';
}

export interface ItemCountriesTable {
  item_id: string;
  country_code: string;
}

export interface ItemRegionsTable {
  item_id: string;
  region_id: string;
}

export interface ItemLevelsTable {
  item_id: string;
  level: string;
}

export interface ItemThemesTable {
  item_id: string;
  theme: string;
}

export interface ItemRelationsTable {
  item_id: string;
  related_id: string;
}

export interface ItemRevisionsTable {
  id: string;
  item_id: string;
  lang: string;
  snapshot: string;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    items: ItemsTable;
    item_versions: ItemVersionsTable;
    item_organisations: ItemOrganisationsTable;
    item_countries: ItemCountriesTable;
    item_regions: ItemRegionsTable;
    item_levels: ItemLevelsTable;
    item_themes: ItemThemesTable;
    item_relations: ItemRelationsTable;
    item_revisions: ItemRevisionsTable;
  }
}
