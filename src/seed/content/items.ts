// All knowledge items of the demo, in one list. The parts live in their own files so that each
// stays readable; src/seed/knowledge.ts loads this list.
import { EU_PROJECT_ITEMS, EVENT_ITEMS } from './items-events.ts';
import { MEETING_ITEMS_2020S } from './items-meetings-2020s.ts';
import { MEETING_ITEMS } from './items-meetings.ts';
import { NEWS_ITEMS } from './items-news.ts';
import { EUROPEAN_PROGRAMME_ITEMS } from './items-programmes-europe.ts';
import { PROGRAMME_ITEMS } from './items-programmes.ts';
import { REPORT_ITEMS } from './items-publications.ts';
import { POLICY_ITEMS, TOOL_ITEMS } from './items-tools-policies.ts';
import type { SeedItem } from './types.ts';

export const ITEMS: SeedItem[] = [
  ...PROGRAMME_ITEMS,
  ...EUROPEAN_PROGRAMME_ITEMS,
  ...TOOL_ITEMS,
  ...POLICY_ITEMS,
  ...REPORT_ITEMS,
  ...NEWS_ITEMS,
  ...MEETING_ITEMS,
  ...MEETING_ITEMS_2020S,
  ...EVENT_ITEMS,
  ...EU_PROJECT_ITEMS,
];
