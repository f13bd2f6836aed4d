// Every UI catalog module, merged into one catalog per locale. Each module owns a key prefix
// (platform keys live in en.ts/nl.ts); the parity test checks that no key is defined twice.
import * as platform from './platform-messages.ts';
import * as reference from '../features/reference/messages.ts';
import * as library from '../features/library/messages.ts';
import * as editorial from '../features/editorial/messages.ts';
import * as api from '../features/exchange/messages.ts';
import * as feeds from '../features/feeds/messages.ts';
import * as members from '../features/members/messages.ts';
import * as events from '../features/events/messages.ts';
import * as countries from '../features/countries/messages.ts';
import * as organisations from '../features/organisations/messages.ts';
import * as support from '../features/support/messages.ts';
import * as taskforces from '../features/taskforces/messages.ts';

export const MODULES = {
  platform,
  reference,
  library,
  editorial,
  api,
  feeds,
  members,
  events,
  countries,
  organisations,
  support,
  taskforces,
} as const;

export const en = {
  ...platform.en,
  ...reference.en,
  ...library.en,
  ...editorial.en,
  ...api.en,
  ...feeds.en,
  ...members.en,
  ...events.en,
  ...countries.en,
  ...organisations.en,
  ...support.en,
  ...taskforces.en,
};

export type MessageKey = keyof typeof en;

export const nl: Record<MessageKey, string> = {
  ...platform.nl,
  ...reference.nl,
  ...library.nl,
  ...editorial.nl,
  ...api.nl,
  ...feeds.nl,
  ...members.nl,
  ...events.nl,
  ...countries.nl,
  ...organisations.nl,
  ...support.nl,
  ...taskforces.nl,
};
