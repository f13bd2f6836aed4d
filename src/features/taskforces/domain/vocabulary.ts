// The taskforce lifecycle and instruments.
import type { TaskforceStatus } from '../tables.ts';

export const TASKFORCE_STATUSES: readonly TaskforceStatus[] = [
  'requested',
  'briefing',
  'ongoing',
  'finalised',
  'closed',
];
export const OPEN_STATUSES: readonly TaskforceStatus[] = ['requested', 'briefing', 'ongoing'];
/** Where a dossier starts when nothing else is said (the editor's form and support requests start here too). */
export const NEW_DOSSIER_STATUS: TaskforceStatus = 'requested';
export const DONE_STATUSES: readonly TaskforceStatus[] = ['finalised', 'closed'];

/** Allowed moves: requested → policy briefing → ongoing → finalised, or closed (with a successor) at any open step. */
export const NEXT_STATUSES: Record<TaskforceStatus, readonly TaskforceStatus[]> = {
  requested: ['briefing', 'ongoing', 'closed'],
  briefing: ['ongoing', 'finalised', 'closed'],
  ongoing: ['finalised', 'closed'],
  finalised: ['ongoing'],
  closed: ['ongoing'],
};

export const TASKFORCE_INSTRUMENTS = [
  'policy_briefing',
  'taskforce_meetings',
  'roundtable',
  'study_visit',
] as const;
export type TaskforceInstrument = (typeof TASKFORCE_INSTRUMENTS)[number];

export type { TaskforceStatus };
