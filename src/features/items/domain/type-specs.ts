// What each kind of knowledge item carries, beyond title, summary and body. Item pages, editing
// forms, the API and the import all read these specs; nothing else lists fields per type.
import type { ContentType } from '../../../kernel/content-types.ts';

/** Language-neutral fields, stored on the item itself. */
export const NEUTRAL_FIELDS = [
  'publishedOn',
  'startsOn',
  'endsOn',
  'yearStart',
  'yearEnd',
  'externalUrl',
  'registrationUrl',
  'onlineUrl',
  'venue',
  'city',
  'fundingProgramme',
  'grantReference',
] as const;
export type NeutralField = (typeof NEUTRAL_FIELDS)[number];

/** Per-language text fields, stored in a version's `fields`. */
export const TEXT_FIELDS = [
  'objectives',
  'impact',
  'reach',
  'budget',
  'kpi',
  'findings',
  'objective',
  'nextSteps',
  'agenda',
  'mainActivities',
  'partners',
  'results',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Links to organisations, by role. */
/** 'requester' and 'platform' (member platforms involved) are used by taskforce dossiers. */
export const ORG_ROLES = ['owner', 'source', 'host', 'partner', 'requester', 'platform'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export interface TypeSpec {
  neutral: readonly NeutralField[];
  text: readonly TextField[];
  orgRoles: readonly OrgRole[];
  /** Education levels and themes apply. */
  classified: boolean;
  /** Shown on the events page and in the calendar feed. */
  calendar: boolean;
  schemaOrg: string;
}

/**
 * Per type. 'taskforce' is the dossier type: stored as an item (versions, workflow, revisions,
 * search) but shown in its own section, not in the library's list of ITEM_TYPES.
 */
export const TYPE_SPECS: Record<ContentType, TypeSpec> = {
  programme: {
    neutral: ['yearStart', 'yearEnd', 'externalUrl'],
    text: ['objectives', 'impact', 'reach', 'budget', 'kpi'],
    orgRoles: ['owner', 'partner'],
    classified: true,
    calendar: false,
    schemaOrg: 'CreativeWork',
  },
  policy: {
    neutral: ['publishedOn', 'externalUrl'],
    text: ['objectives'],
    orgRoles: ['owner', 'source'],
    classified: true,
    calendar: false,
    schemaOrg: 'Legislation',
  },
  tool: {
    neutral: ['publishedOn', 'externalUrl'],
    text: [],
    orgRoles: ['owner', 'source'],
    classified: true,
    calendar: false,
    schemaOrg: 'CreativeWork',
  },
  report: {
    neutral: ['publishedOn', 'externalUrl'],
    text: ['findings'],
    orgRoles: ['owner', 'source'],
    classified: true,
    calendar: false,
    schemaOrg: 'Report',
  },
  monitoring: {
    neutral: ['publishedOn', 'externalUrl'],
    text: ['objectives', 'findings'],
    orgRoles: ['owner', 'source'],
    classified: true,
    calendar: false,
    schemaOrg: 'Dataset',
  },
  news: {
    neutral: ['publishedOn', 'externalUrl'],
    text: [],
    orgRoles: ['owner', 'source'],
    classified: false,
    calendar: false,
    schemaOrg: 'NewsArticle',
  },
  meeting: {
    neutral: ['startsOn', 'endsOn', 'venue', 'city', 'onlineUrl', 'externalUrl'],
    text: ['objective', 'nextSteps'],
    orgRoles: ['owner', 'host', 'partner'],
    classified: false,
    calendar: true,
    schemaOrg: 'Event',
  },
  event: {
    neutral: ['startsOn', 'endsOn', 'venue', 'city', 'registrationUrl', 'onlineUrl', 'externalUrl'],
    text: ['agenda'],
    orgRoles: ['owner', 'host', 'partner'],
    classified: false,
    calendar: true,
    schemaOrg: 'Event',
  },
  taskforce: {
    neutral: ['startsOn', 'endsOn'],
    text: ['objectives', 'results'],
    orgRoles: ['requester', 'platform'],
    classified: false,
    calendar: false,
    schemaOrg: 'Project',
  },
  eu_project: {
    neutral: ['startsOn', 'endsOn', 'fundingProgramme', 'grantReference', 'externalUrl'],
    text: ['mainActivities', 'objectives', 'partners'],
    orgRoles: ['owner', 'partner'],
    classified: true,
    calendar: false,
    schemaOrg: 'Project',
  },
};
