// Request schemas of the support pages.
import { Type } from 'typebox';

export const INSTRUMENTS = ['policy_briefing', 'taskforce', 'roundtable', 'not_sure'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];
export const TIME_FRAMES = ['within_3_months', 'within_6_months', 'within_12_months', 'later'] as const;
export const SUPPORT_STATUSES = ['new', 'in_discussion', 'accepted', 'declined'] as const;

const csrf = Type.Optional(Type.String());

export const RequestBody = Type.Object({
  _csrf: csrf,
  organisation: Type.String({ minLength: 1, maxLength: 200 }),
  country: Type.String({ minLength: 1, maxLength: 2 }),
  region: Type.Optional(Type.String({ maxLength: 80 })),
  contactName: Type.String({ minLength: 1, maxLength: 120 }),
  email: Type.String({ minLength: 1, maxLength: 254, format: 'email' }),
  instrument: Type.Enum(INSTRUMENTS),
  challenge: Type.String({ minLength: 20, maxLength: 5000 }),
  timeFrame: Type.Enum(TIME_FRAMES),
  consent: Type.Literal('yes'),
  // Spam protection: a field people never see, and a signed time stamp of when the form was shown.
  homepage: Type.Optional(Type.String({ maxLength: 500 })),
  shown: Type.String({ maxLength: 200 }),
});

export const InboxQuery = Type.Object({
  status: Type.Optional(Type.Enum(SUPPORT_STATUSES)),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});

export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export const StatusBody = Type.Object({ _csrf: csrf, status: Type.Enum(SUPPORT_STATUSES) });

export const MessageBody = Type.Object({
  _csrf: csrf,
  body: Type.String({ minLength: 1, maxLength: 10_000 }),
});

export const NoteBody = Type.Object({ _csrf: csrf, note: Type.String({ minLength: 1, maxLength: 10_000 }) });
