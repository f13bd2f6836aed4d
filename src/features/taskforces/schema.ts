// Request and answer schemas of the taskforce pages, the editors' forms and the taskforce API (TypeBox).
import { Type } from 'typebox';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { localeFields } from '../../web/forms.ts';
import { LocaleQuery, Nullable } from '../../web/api/schemas.ts';
import { TASKFORCE_STATUSES } from './domain/vocabulary.ts';

// --- Pages.

export const OverviewQuery = Type.Object({
  country: Type.Optional(Type.String({ maxLength: 10 })),
  status: Type.Optional(Type.String({ maxLength: 20 })),
});

// --- The editors' forms.

const csrf = Type.Optional(Type.String());
const date = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const many = (max: number) =>
  Type.Optional(
    Type.Union([
      Type.String({ maxLength: max }),
      Type.Array(Type.String({ maxLength: max }), { maxItems: 50 }),
    ]),
  );
export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 200 }) });
export const EntryParams = Type.Object({
  slug: Type.String({ maxLength: 200 }),
  id: Type.String({ maxLength: 64 }),
});

export const NewBody = Type.Object({
  _csrf: csrf,
  lang: Type.String({ minLength: 2, maxLength: 3 }),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  summary: Type.String({ minLength: 1, maxLength: 1000 }),
  background: Type.Optional(Type.String({ maxLength: 20_000 })),
  objectives: Type.Optional(Type.String({ maxLength: 20_000 })),
  country: Type.String({ minLength: 2, maxLength: 2 }),
  region: Type.Optional(Type.String({ maxLength: 64 })),
  requesters: many(64),
  startsOn: date,
  status: Type.Enum(TASKFORCE_STATUSES),
  instruments: many(40),
});
export const DetailsBody = Type.Object({
  _csrf: csrf,
  status: Type.Enum(TASKFORCE_STATUSES),
  instruments: many(40),
  predecessorId: Type.Optional(Type.String({ maxLength: 64 })),
  successorId: Type.Optional(Type.String({ maxLength: 64 })),
});
/** The timeline editor's search picker. */
export const PickerQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 500 })) });
export const ItemBody = Type.Object({ _csrf: csrf, itemId: Type.String({ minLength: 1, maxLength: 64 }) });
/** A milestone's title in every site language (titleEn, titleNl…); the default language's is required. */
export const MilestoneBody = Type.Object({
  _csrf: csrf,
  date,
  ...localeFields('title', (l) =>
    l === DEFAULT_LOCALE
      ? Type.String({ minLength: 1, maxLength: 300 })
      : Type.Optional(Type.String({ maxLength: 300 })),
  ),
});
/** An entry's date override and notes (and a milestone's titles), one field per site language. */
export const EntryBody = Type.Object({
  _csrf: csrf,
  date: Type.Optional(Type.Union([Type.Literal(''), date])),
  ...localeFields('title', () => Type.Optional(Type.String({ maxLength: 300 }))),
  ...localeFields('note', () => Type.Optional(Type.String({ maxLength: 500 }))),
});

// --- The JSON API (/api/v1/taskforces).

const Status = Type.Enum([...TASKFORCE_STATUSES], {
  description:
    'requested → briefing (policy briefing) → ongoing → finalised, or closed (continued by a successor dossier).',
});
const OrgRef = Type.Object({ slug: Type.String(), name: Type.String() });

export const DossierSummary = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  language: Type.String({ description: 'Language of title and teaser.' }),
  fallback: Type.Boolean({ description: 'True when the requested language had no version.' }),
  teaser: Type.String(),
  status: Status,
  startsOn: Nullable(Type.String({ format: 'date' })),
  endsOn: Nullable(Type.String({ format: 'date' })),
  countries: Type.Array(Type.String()),
  requesters: Type.Array(OrgRef),
  url: Type.String({ format: 'uri' }),
});

export const TimelineEntry = Type.Object({
  kind: Type.Enum(['item', 'milestone']),
  date: Nullable(Type.String({ format: 'date' })),
  title: Type.String(),
  language: Type.String(),
  type: Type.String({ description: 'Item type, or "milestone".' }),
  source: Nullable(Type.String()),
  teaser: Type.String(),
  note: Nullable(Type.String()),
  slug: Nullable(Type.String()),
  url: Nullable(Type.String({ format: 'uri' })),
});

export const DossierDetail = Type.Object({
  ...DossierSummary.properties,
  summary: Type.String(),
  background: Type.String({ description: 'Markdown.' }),
  objectives: Nullable(Type.String()),
  results: Nullable(Type.String()),
  instruments: Type.Array(Type.String()),
  regions: Type.Array(Type.String()),
  platforms: Type.Array(OrgRef),
  predecessor: Nullable(Type.String()),
  successor: Nullable(Type.String()),
  languages: Type.Array(Type.String()),
  updatedAt: Type.String({ format: 'date-time' }),
  timeline: Type.Object({
    dated: Type.Array(TimelineEntry, { description: 'Newest first.' }),
    undated: Type.Array(TimelineEntry, {
      description: 'Entries without a date (programmes), apart from the dated ones.',
    }),
  }),
});

export const DossierList = Type.Object({ items: Type.Array(DossierSummary), total: Type.Integer() });
export const DossierParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 200 }) });

export const ApiQuery = Type.Object({ locale: Type.Optional(LocaleQuery) }, { additionalProperties: false });
