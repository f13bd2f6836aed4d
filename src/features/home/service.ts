// The coalition's front page: key numbers computed from the data, ongoing taskforces, upcoming
// events, latest publications and the members map — all in the reader's language.
import type { Deps } from '../../deps.ts';
import type { Actor } from '../items/policy.ts';
import { facetIndex, summaries, type ItemSummary } from '../items/service-read.ts';
import { emptyFilter, pageOf } from '../items/domain/facets.ts';
import { membersDirectory, EUROPEAN_GROUP, type CountryCount } from '../members/service.ts';
import { today, upcomingEvents } from '../events/service.ts';
import { listDossiers, type DossierRow } from '../taskforces/service-read.ts';
import { OPEN_STATUSES } from '../taskforces/domain/vocabulary.ts';

export interface FrontPage {
  numbers: { platforms: number; countries: number; taskforces: number; programmes: number };
  ongoing: DossierRow[];
  upcoming: ItemSummary[];
  latest: ItemSummary[];
  memberCounts: CountryCount[];
}

const PUBLICATION_TYPES = ['policy', 'tool', 'report', 'monitoring', 'news'];

export async function frontPage(deps: Deps, locale: string, viewer: Actor | null): Promise<FrontPage> {
  const [dossiers, directory, index, events] = await Promise.all([
    listDossiers(deps.db, locale, viewer),
    membersDirectory(deps, locale, ''),
    facetIndex(deps.db),
    upcomingEvents(deps.db, today(deps), false, 3),
  ]);
  const programmes = pageOf(index, { ...emptyFilter(), type: ['programme'] }, { limit: 1 });
  const latest = pageOf(index, { ...emptyFilter(), type: PUBLICATION_TYPES }, { limit: 5 });
  const countries = directory.groups.filter((g) => g.code !== '' && g.code !== EUROPEAN_GROUP).length;
  return {
    numbers: {
      platforms: directory.total,
      countries,
      taskforces: dossiers.length,
      programmes: programmes.total,
    },
    ongoing: dossiers.filter((d) => OPEN_STATUSES.includes(d.status)).slice(0, 4),
    upcoming: await summaries(
      deps.db,
      events.map((e) => e.id),
      locale,
    ),
    latest: await summaries(deps.db, latest.ids, locale),
    memberCounts: directory.counts,
  };
}
