import type { Locale, MessageKey, Translator } from '../../i18n/index.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { contentPaths } from '../../kernel/paths.ts';
import { eventPaths } from '../events/paths.ts';
import { libraryPaths } from '../library/paths.ts';
import { memberPaths } from '../members/paths.ts';
import type { ItemSummary } from '../items/service-read.ts';
import { mapFigure } from '../members/views-map.ts';
import type { FrontPage } from './service.ts';
import { taskforcePaths } from '../taskforces/paths.ts';

function number(tr: Translator, value: number, key: MessageKey): SafeHtml {
  return html`<li><span class="number">${tr.number(value)}</span> <span class="number-label">${tr.t(key, { count: value })}</span></li>`;
}

function itemList(
  tr: Translator,
  locale: Locale,
  items: ItemSummary[],
  dated: (i: ItemSummary) => string | null,
): SafeHtml {
  return html`<ul class="front-list">${items.map((i) => {
    const date = dated(i);
    const lang = i.fallback ? html` lang="${i.lang}"` : '';
    return html`<li>${date ? html`<p class="front-date"><time datetime="${date}">${tr.date(date)}</time> · ${tr.t(`type.${i.type}` as MessageKey)}</p>` : ''}<a href="${contentPaths.item(locale, i.slug)}"${lang}>${i.title}</a></li>`;
  })}</ul>`;
}

export function homeView(tr: Translator, locale: Locale, page: FrontPage): SafeHtml {
  return html`<section class="hero" aria-labelledby="home-title">
  <h1 id="home-title">${tr.t('home.title')}</h1>
  <p class="lead">${tr.t('home.intro')}</p>
</section>
<section aria-labelledby="numbers-title" class="numbers">
  <h2 id="numbers-title" class="visually-hidden">${tr.t('home.numbers')}</h2>
  <ul class="number-grid">
    ${number(tr, page.numbers.platforms, 'home.number.platforms')}
    ${number(tr, page.numbers.countries, 'home.number.countries')}
    ${number(tr, page.numbers.taskforces, 'home.number.taskforces')}
    ${number(tr, page.numbers.programmes, 'home.number.programmes')}
  </ul>
</section>
<div class="front-grid">
<section aria-labelledby="ongoing-title">
  <h2 id="ongoing-title">${tr.t('home.ongoing')}</h2>
  <ul class="front-list">${page.ongoing.map(
    (d) =>
      html`<li>${d.startsOn ? html`<p class="front-date">${tr.t('home.since', { date: tr.date(d.startsOn) })}</p>` : ''}<a href="${contentPaths.dossier(locale, d.slug)}"${d.fallback ? html` lang="${d.lang}"` : ''}>${d.title}</a></li>`,
  )}</ul>
  <p><a href="${taskforcePaths.taskforces(locale)}">${tr.t('home.allTaskforces')}</a></p>
</section>
<section aria-labelledby="upcoming-title">
  <h2 id="upcoming-title">${tr.t('home.upcoming')}</h2>
  ${page.upcoming.length ? itemList(tr, locale, page.upcoming, (i) => i.startsOn?.slice(0, 10) ?? null) : html`<p>${tr.t('home.noUpcoming')}</p>`}
  <p><a href="${eventPaths.events(locale)}">${tr.t('home.allEvents')}</a></p>
</section>
<section aria-labelledby="latest-title">
  <h2 id="latest-title">${tr.t('home.latest')}</h2>
  ${itemList(tr, locale, page.latest, (i) => i.sortDate)}
  <p><a href="${libraryPaths.library(locale)}">${tr.t('home.allPublications')}</a></p>
</section>
</div>
<section aria-labelledby="members-title" class="front-members">
  <h2 id="members-title">${tr.t('home.members')}</h2>
  ${mapFigure(tr, page.memberCounts)}
  <p><a href="${memberPaths.members(locale)}">${tr.t('home.allMembers')}</a></p>
</section>`;
}
