// Addresses of the taskforce section: the overview, a dossier (the kernel's content address), its
// embeddable timeline and meetings feed, and the editors' pages.
import { contentPaths } from '../../kernel/paths.ts';

const enc = encodeURIComponent;

export const taskforcePaths = {
  taskforces: (locale: string, query = '') => `/${locale}/taskforces${query ? `?${query}` : ''}`,
  taskforce: contentPaths.dossier,
  embed: (locale: string, slug: string) => `${contentPaths.dossier(locale, slug)}/embed`,
  meetings: (locale: string, slug: string) => `${contentPaths.dossier(locale, slug)}/meetings.ics`,
  newDossier: (locale: string) => `/${locale}/taskforces/new`,
  edit: (locale: string, slug: string) => `${contentPaths.dossier(locale, slug)}/edit`,
  timeline: (locale: string, slug: string) => `${contentPaths.dossier(locale, slug)}/timeline`,
  timelineItems: (locale: string, slug: string) => `${contentPaths.dossier(locale, slug)}/timeline/items`,
  milestones: (locale: string, slug: string) => `${contentPaths.dossier(locale, slug)}/timeline/milestones`,
  entry: (locale: string, slug: string, id: string) =>
    `${contentPaths.dossier(locale, slug)}/timeline/entries/${enc(id)}`,
  removeEntry: (locale: string, slug: string, id: string) =>
    `${contentPaths.dossier(locale, slug)}/timeline/entries/${enc(id)}/remove`,
} as const;
