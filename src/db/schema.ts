// Row types of every table, as Kysely sees them. Timestamps are ISO-8601 text, booleans are
// written as booleans and read through `toBool` (SQLite returns 1/0), JSON is stored as text.
import type { Generated } from 'kysely';

export type Role = 'admin' | 'editor' | 'member' | 'coordinator' | 'school_contact' | 'company_contact';
export type UserStatus = 'active' | 'invited' | 'disabled';

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

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  role: Role;
  status: UserStatus;
  organisation_id: string | null;
  locale: string;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the opaque cookie value; the cookie itself is never stored. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface UserTokensTable {
  id: string;
  user_id: string;
  purpose: 'reset' | 'invite';
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  hits: number;
}

export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'held';

export interface MailOutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: MailStatus;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: string | null;
  created_at: string;
}

export interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

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

export interface AttachmentsTable {
  id: string;
  item_id: string;
  lang: string | null;
  title: string;
  filename: string;
  stored_name: string;
  mime: string;
  size: number;
  created_by: string | null;
  created_at: string;
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

export interface ItemSearchTable {
  item_id: string;
  lang: string;
  title: string;
  content: string;
}

export type SupportStatus = 'new' | 'in_discussion' | 'accepted' | 'declined';

export interface SupportRequestsTable {
  id: string;
  reference: string;
  status: SupportStatus;
  locale: string;
  organisation_name: string;
  organisation_id: string | null;
  country_code: string;
  region_id: string | null;
  contact_name: string;
  email: string;
  instrument: string;
  challenge: string;
  time_frame: string;
  consent_at: string;
  retain_until: string;
  assigned_to: string | null;
  dossier_item_id: string | null;
  created_at: string;
  updated_at: string;
  decided_at: string | null;
}

export interface SupportMessagesTable {
  id: string;
  request_id: string;
  /** 'reply' (e-mailed to the requester), 'note' (internal) or 'status' (a status change). */
  kind: 'reply' | 'note' | 'status';
  author_id: string | null;
  body: string;
  created_at: string;
}

export type TaskforceStatus = 'requested' | 'briefing' | 'ongoing' | 'finalised' | 'closed';

export interface TaskforceDetailsTable {
  item_id: string;
  status: TaskforceStatus;
  /** JSON array of instrument codes. */
  instruments: string;
  predecessor_id: string | null;
  successor_id: string | null;
  status_changed_at: string;
  updated_at: string;
}

export interface TimelineEntriesTable {
  id: string;
  taskforce_id: string;
  /** 'item' (a reference to a knowledge item) or 'milestone' (the dossier's own event). */
  kind: 'item' | 'milestone';
  item_id: string | null;
  /** YYYY-MM-DD; for item entries null means "the item's own date". */
  entry_date: string | null;
  /** Milestones: JSON {"en": "Pilot launched", "nl": "…"}. */
  titles: string | null;
  /** Editor's notes per language, JSON. */
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  user_tokens: UserTokensTable;
  rate_limits: RateLimitsTable;
  mail_outbox: MailOutboxTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingsTable;
  countries: CountriesTable;
  regions: RegionsTable;
  organisation_texts: OrganisationTextsTable;
  organisation_aliases: OrganisationAliasesTable;
  memberships: MembershipsTable;
  items: ItemsTable;
  item_versions: ItemVersionsTable;
  item_organisations: ItemOrganisationsTable;
  item_countries: ItemCountriesTable;
  item_regions: ItemRegionsTable;
  item_levels: ItemLevelsTable;
  item_themes: ItemThemesTable;
  item_relations: ItemRelationsTable;
  attachments: AttachmentsTable;
  item_revisions: ItemRevisionsTable;
  item_search: ItemSearchTable;
  support_requests: SupportRequestsTable;
  support_messages: SupportMessagesTable;
  taskforce_details: TaskforceDetailsTable;
  timeline_entries: TimelineEntriesTable;
}

// Keep Generated importable for later tables with database-made values (none so far).
export type { Generated };
