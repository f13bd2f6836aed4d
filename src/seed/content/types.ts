// The shape of the demo content. Files in this folder hold the data; src/seed/knowledge.ts loads it.
import type { ItemType } from '../../kernel/content-types.ts';
import type {
  CountryCode,
  Level,
  MemberRole,
  OrgKind,
  Theme,
} from '../../features/reference/domain/vocabulary.ts';
import type { TextField } from '../../features/items/domain/type-specs.ts';

export interface SeedMembership {
  role: MemberRole;
  /** YYYY-MM-DD */
  since?: string;
  status?: 'active' | 'former';
}

export interface SeedOrganisation {
  slug: string;
  name: string;
  shortName?: string;
  kind: OrgKind;
  country?: CountryCode;
  /** A region slug from REGIONS in src/features/reference/domain/vocabulary.ts. */
  region?: string;
  website?: string;
  /** Other spellings and former names that must resolve to this record (PBT, NCSR, Innobasque …). */
  aliases?: string[];
  description: { en: string; nl?: string };
  membership?: SeedMembership;
}

export interface SeedVersion {
  title: string;
  /** One paragraph, plain text. */
  summary: string;
  /** Markdown. */
  body: string;
  fields?: Partial<Record<TextField, string>>;
  /** Defaults to 'published'. */
  state?: 'published' | 'draft' | 'review';
}

export interface SeedItem {
  slug: string;
  type: ItemType;
  originalLang: 'en' | 'nl';
  visibility?: 'public' | 'members';
  /** Owning organisation (slug). */
  organisation?: string;
  sources?: string[];
  hosts?: string[];
  partners?: string[];
  countries?: CountryCode[];
  regions?: string[];
  levels?: Level[];
  themes?: Theme[];
  publishedOn?: string;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time of the venue). */
  startsOn?: string;
  endsOn?: string;
  yearStart?: number;
  yearEnd?: number;
  externalUrl?: string;
  registrationUrl?: string;
  onlineUrl?: string;
  venue?: string;
  city?: string;
  fundingProgramme?: string;
  grantReference?: string;
  /** Where a fact comes from, when the sources disagree ("Founding year from …"). */
  sourceNote?: string;
  related?: string[];
  versions: { en?: SeedVersion; nl?: SeedVersion };
}
