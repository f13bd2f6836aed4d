// The taskforce map: countries with a dossier highlighted, each linked to the overview filtered
// on that country (the shared map of web/map-svg.ts).
import type { Locale, Translator } from '../../i18n/index.ts';
import type { SafeHtml } from '../../web/html.ts';
import { europeMapSvg } from '../../web/map-svg.ts';
import { taskforcePaths } from './paths.ts';
import { countryName } from '../reference/domain/vocabulary.ts';

export function taskforceMap(tr: Translator, locale: Locale, counts: Map<string, number>): SafeHtml {
  return europeMapSvg({
    id: 'tf-map',
    title: tr.t('taskforces.map'),
    desc: tr.t('taskforces.mapDesc'),
    links: [...counts].map(([code, n]) => ({
      code,
      href: taskforcePaths.taskforces(locale, `country=${code}`),
      label: `${countryName(code, locale)} — ${tr.number(n)}`,
    })),
  });
}
