// The organisations module's tables (organisations, their texts, aliases and memberships), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  short_name: string | null;
  kind: string;
  country_code: string | null;
  website: string | null;
  region_id: string | null;
  logo_url: string | null;
  merged_into_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrganisationTextsTable {
  organisation_id: string;
  lang: string;
  description: string;
}

export interface OrganisationAliasesTable {
  id: string;
  organisation_id: string;
  alias: string;
  alias_key: string;
}

export interface MembershipsTable {
  id: string;
  organisation_id: string;
  role: string;
  member_since: string | null;
  status: 'active' | 'former';
  created_at: string;
  updated_at: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    organisations: OrganisationsTable;
    organisation_texts: OrganisationTextsTable;
    organisation_aliases: OrganisationAliasesTable;
    memberships: MembershipsTable;
  }
}
