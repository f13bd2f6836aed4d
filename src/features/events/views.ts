// The events page: how to subscribe, upcoming events (soonest first), past events (newest first).
import type { Translator } from '../../i18n/index.ts';
import { pagination } from '../../web/components.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { contentPaths } from '../../kernel/paths.ts';
import { eventPaths } from './paths.ts';
import { organisationPaths } from '../organisations/paths.ts';
import { languageName } from '../reference/domain/vocabulary.ts';
import { formatEventDates, parseMoment } from './domain/dates.ts';
import type { EventEntry, EventsPage } from './service.ts';

function when(tr: Translator, e: EventEntry): SafeHtml | string {
  const start = parseMoment(e.row.startsOn);
  if (!start) return '';
  const datetime = start.time ? `${start.date}T${start.time}` : start.date;
  return html`<p class="event-date"><time datetime="${datetime}">${formatEventDates(tr.locale, start, parseMoment(e.row.endsOn))}</time></p>`;
}

function eventEntry(tr: Translator, e: EventEntry): SafeHtml {
  const { item, row } = e;
  const lang = item.fallback ? item.lang : null;
  const place = [row.venue, row.city].filter((p): p is string => !!p?.trim()).join(', ');
  const details = [
    place ? html`<span><span class="label">${tr.t('events.where')}</span> ${place}</span>` : '',
    row.onlineUrl
      ? html`<span><a href="${row.onlineUrl}" rel="noopener">${tr.t('events.online')}</a></span>`
      : '',
    e.hosts.length
      ? html`<span><span class="label">${tr.t('events.host')}</span> ${e.hosts.map((h, i) => html`${i ? ', ' : ''}<a href="${organisationPaths.organisation(tr.locale, h.slug)}">${h.name}</a>`)}</span>`
      : '',
    item.visibility === 'members' ? html`<span class="badge">${tr.t('events.membersOnly')}</span>` : '',
    lang
      ? html`<span class="lang-tag">${tr.t('events.inLanguage', { language: languageName(lang, tr.locale) })}</span>`
      : '',
  ].filter((d) => d !== '');
  return html`<li class="event">
  ${when(tr, e)}
  <h3 class="event-title"><a href="${contentPaths.item(tr.locale, item.slug)}"${lang ? html` lang="${lang}"` : ''}>${item.title}</a></h3>
  ${details.length ? html`<p class="event-details">${details}</p>` : ''}
  ${
    item.visibility === 'public'
      ? html`<p class="event-ics"><a href="${eventPaths.eventCalendar(tr.locale, item.slug)}" type="text/calendar">${tr.t('events.addToCalendar')}<span class="visually-hidden">: ${item.title}</span></a></p>`
      : ''
  }
</li>`;
}

function subscribeBox(tr: Translator, feedUrl: string): SafeHtml {
  return html`<aside class="subscribe" aria-labelledby="subscribe-heading">
  <h2 id="subscribe-heading">${tr.t('events.subscribe.title')}</h2>
  <p>${tr.t('events.subscribe.explain')}</p>
  <p class="feed-url"><a href="${eventPaths.eventsCalendar(tr.locale)}" type="text/calendar">${tr.t('events.subscribe.link')}</a><br><code>${feedUrl}</code></p>
  <ul>
    <li>${tr.t('events.subscribe.google')}</li>
    <li>${tr.t('events.subscribe.outlook')}</li>
    <li>${tr.t('events.subscribe.apple')}</li>
  </ul>
  <p>${tr.t('events.subscribe.single')}</p>
</aside>`;
}

export function eventsView(tr: Translator, page: EventsPage, feedUrl: string): SafeHtml {
  const first = page.page === 1;
  return html`<h1>${tr.t('events.title')}</h1>
<p class="lead">${tr.t('events.intro')}</p>
<div class="events-layout">
  <div class="events-lists">
    ${
      first
        ? html`<section aria-labelledby="upcoming">
      <h2 id="upcoming">${tr.t('events.upcoming')}</h2>
      ${page.upcoming.length ? html`<ol class="event-list">${page.upcoming.map((e) => eventEntry(tr, e))}</ol>` : html`<p>${tr.t('events.upcoming.none')}</p>`}
    </section>`
        : ''
    }
    <section aria-labelledby="past">
      <h2 id="past">${tr.t('events.past')}${first ? '' : html` <span class="count">${tr.t('events.pageOf', { page: page.page, pages: page.pageCount })}</span>`}</h2>
      ${page.past.length ? html`<ol class="event-list">${page.past.map((e) => eventEntry(tr, e))}</ol>` : html`<p>${tr.t('events.past.none')}</p>`}
      ${pagination(tr, { page: page.page, pageCount: page.pageCount, href: (p) => (p === 1 ? eventPaths.events(tr.locale) : `${eventPaths.events(tr.locale)}?page=${p}#past`) })}
    </section>
  </div>
  ${subscribeBox(tr, feedUrl)}
</div>`;
}
