// The library exchange format (`helix-export`, version 1): what GET /api/v1/export writes and
// POST /api/v1/import reads. One schema for both, so an export always imports again.
import { Type, type Static, type TSchema } from 'typebox';
import { NEUTRAL_FIELDS, ORG_ROLES, TEXT_FIELDS } from '../../items/domain/type-specs.ts';
import {
  CONTENT_LANGUAGES,
  COUNTRY_CODES,
  LEVELS,
  MEMBER_ROLES,
  ORG_KINDS,
  THEMES,
  REGION_SLUGS,
} from '../../reference/domain/vocabulary.ts';
import { ITEM_TYPES, DOSSIER_TYPE } from '../../../kernel/content-types.ts';
import {
  NEW_DOSSIER_STATUS,
  TASKFORCE_INSTRUMENTS,
  TASKFORCE_STATUSES,
} from '../../taskforces/domain/vocabulary.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const Slug = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[a-z0-9][a-z0-9-]*$',
  description: 'Lower-case letters, digits and hyphens.',
});
const Text = (maxLength: number) => Type.String({ maxLength });
const Title = Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' });
const Url = Type.String({ maxLength: 2000, pattern: '^(https?://|/)\\S*$', description: 'http(s) address.' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const DayOrTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$',
  description: 'YYYY-MM-DD or YYYY-MM-DDTHH:MM',
});
const Timestamp = Type.String({
  maxLength: 40,
  pattern: '^\\d{4}-\\d{2}-\\d{2}T',
  description: 'ISO-8601 UTC timestamp.',
});
const languageMap = <T extends TSchema>(schema: T, description: string, minProperties = 0) =>
  Type.Object(Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, Type.Optional(schema)])), {
    additionalProperties: false,
    minProperties,
    description,
  });

const NEUTRAL_TYPES: Record<(typeof NEUTRAL_FIELDS)[number], TSchema> = {
  publishedOn: Day,
  startsOn: DayOrTime,
  endsOn: DayOrTime,
  yearStart: Type.Integer({ minimum: 1800, maximum: 2200 }),
  yearEnd: Type.Integer({ minimum: 1800, maximum: 2200 }),
  externalUrl: Url,
  registrationUrl: Url,
  onlineUrl: Url,
  venue: Text(300),
  city: Text(200),
  fundingProgramme: Text(300),
  grantReference: Text(200),
};

export const ExchangeText = Type.Object(
  {
    title: Title,
    summary: Text(5000),
    body: Text(200_000),
    fields: Type.Optional(
      Type.Object(Object.fromEntries(TEXT_FIELDS.map((f) => [f, Type.Optional(Text(50_000))])), {
        additionalProperties: false,
      }),
    ),
  },
  { additionalProperties: false },
);

export const ExchangeVersion = Type.Object(
  {
    ...ExchangeText.properties,
    state: Type.Enum(['draft', 'review', 'published', 'archived'], {
      description: 'Workflow state of the working text.',
    }),
    live: Type.Optional(Nullable(ExchangeText)),
    publishedAt: Type.Optional(Nullable(Timestamp)),
  },
  {
    additionalProperties: false,
    description:
      'The working text with its state, and `live`: the text readers see (null when not on the site). A version in state "published" without `live` publishes its working text.',
  },
);

export const ExchangeTimelineEntry = Type.Object(
  {
    kind: Type.Enum(['item', 'milestone'], {
      description:
        '"item": a reference to another item of the library; "milestone": an event of the dossier\'s own.',
    }),
    item: Type.Optional(Nullable(Slug)),
    date: Type.Optional(Nullable(Day)),
    titles: Type.Optional(
      Nullable(languageMap(Title, 'Milestones: the title per language code (at least one).')),
    ),
    notes: Type.Optional(languageMap(Text(2000), "The editor's note per language code.")),
  },
  {
    additionalProperties: false,
    description:
      "One timeline entry. Item entries name the slug of an item (not a dossier) in `item`, and no `titles`; `date` null means the item's own date. " +
      'Milestones have `titles` and no `item`; `date` null puts them among the undated entries.',
  },
);

export const ExchangeDossier = Type.Object(
  {
    status: Type.Enum([...TASKFORCE_STATUSES]),
    instruments: Type.Optional(Type.Array(Type.Enum([...TASKFORCE_INSTRUMENTS]))),
    predecessor: Type.Optional(Nullable(Slug)),
    successor: Type.Optional(Nullable(Slug)),
    statusChangedAt: Type.Optional(Timestamp),
    timeline: Type.Optional(Type.Array(ExchangeTimelineEntry)),
  },
  {
    additionalProperties: false,
    description:
      `Only on items of type "${DOSSIER_TYPE}": the dossier's status, instruments, predecessor and successor (slugs of other dossiers) and its timeline, ` +
      `which the import replaces as a whole (no \`timeline\`: an empty one). Without \`dossier\` a new dossier starts with status "${NEW_DOSSIER_STATUS}" and an empty timeline, and an existing one is left as it is.`,
  },
);

export const ExchangeItem = Type.Object(
  {
    slug: Slug,
    type: Type.Enum([...ITEM_TYPES, DOSSIER_TYPE], {
      description: `"${DOSSIER_TYPE}" is a taskforce dossier (with \`dossier\`).`,
    }),
    originalLang: Type.Enum([...CONTENT_LANGUAGES]),
    visibility: Type.Enum(['public', 'members']),
    organisation: Type.Optional(Nullable(Slug)),
    neutral: Type.Optional(
      Type.Object(
        Object.fromEntries(NEUTRAL_FIELDS.map((f) => [f, Type.Optional(Nullable(NEUTRAL_TYPES[f]))])),
        { additionalProperties: false },
      ),
    ),
    sourceNote: Type.Optional(Nullable(Text(2000))),
    links: Type.Optional(
      Type.Object(
        {
          organisations: Type.Optional(
            Type.Array(
              Type.Object({ slug: Slug, role: Type.Enum([...ORG_ROLES]) }, { additionalProperties: false }),
            ),
          ),
          countries: Type.Optional(Type.Array(Type.Enum([...COUNTRY_CODES]))),
          regions: Type.Optional(Type.Array(Type.Enum(REGION_SLUGS))),
          levels: Type.Optional(Type.Array(Type.Enum([...LEVELS]))),
          themes: Type.Optional(Type.Array(Type.Enum([...THEMES]))),
          related: Type.Optional(Type.Array(Slug)),
        },
        { additionalProperties: false },
      ),
    ),
    versions: languageMap(ExchangeVersion, 'Language versions by language code (at least one).', 1),
    dossier: Type.Optional(ExchangeDossier),
  },
  { additionalProperties: false },
);

export const ExchangeOrganisation = Type.Object(
  {
    slug: Slug,
    name: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    shortName: Type.Optional(Nullable(Text(100))),
    kind: Type.Enum([...ORG_KINDS]),
    country: Type.Optional(Nullable(Type.Enum([...COUNTRY_CODES]))),
    region: Type.Optional(Nullable(Type.Enum(REGION_SLUGS))),
    website: Type.Optional(Nullable(Url)),
    logoUrl: Type.Optional(Nullable(Url)),
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 300 }))),
    descriptions: Type.Optional(languageMap(Text(20_000), 'Description per language code.')),
    membership: Type.Optional(
      Nullable(
        Type.Object(
          {
            role: Type.Enum([...MEMBER_ROLES]),
            memberSince: Nullable(Day),
            status: Type.Enum(['active', 'former']),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

export const ExchangeDocument = Type.Object(
  {
    format: Type.Literal('helix-export'),
    version: Type.Literal(1),
    exportedAt: Type.Optional(Timestamp),
    organisations: Type.Optional(Type.Array(ExchangeOrganisation)),
    items: Type.Array(ExchangeItem),
  },
  { additionalProperties: false, description: 'The Helix library exchange format, version 1.' },
);

export type ExchangeDocument = Static<typeof ExchangeDocument>;
export type ExchangeItem = Static<typeof ExchangeItem>;
export type ExchangeOrganisation = Static<typeof ExchangeOrganisation>;
export type ExchangeVersion = Static<typeof ExchangeVersion>;
export type ExchangeText = Static<typeof ExchangeText>;
export type ExchangeDossier = Static<typeof ExchangeDossier>;
export type ExchangeTimelineEntry = Static<typeof ExchangeTimelineEntry>;

/** What the export writes: the same document, with its date and organisations always present. */
export const ExportDocument = Type.Object(
  { ...ExchangeDocument.properties, exportedAt: Timestamp, organisations: Type.Array(ExchangeOrganisation) },
  { additionalProperties: false, description: 'The Helix library exchange format, version 1.' },
);
