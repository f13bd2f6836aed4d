// Events pages and iCalendar feeds (under each /{locale}): the events page, the feed of all
// public events and a feed per event.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { notFound } from '../../web/errors.ts';
import { currentActor } from '../../web/guards.ts';
import { html } from '../../web/html.ts';
import { eventPaths } from './paths.ts';
import { sendPage } from '../../web/render.ts';
import { EventParams, EventsQuery, NoQuery } from './schema.ts';
import { eventFeed, eventsFeed, eventsPage, type FeedLabels } from './service.ts';
import { eventsView } from './views.ts';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

function labels(request: FastifyRequest): FeedLabels {
  return {
    name: request.tr.t('events.calendar.name'),
    more: request.tr.t('events.calendar.more'),
    online: request.tr.t('events.calendar.online'),
  };
}

export async function eventRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get('/events', { schema: { querystring: EventsQuery } }, async (request, reply) => {
    const page = await eventsPage(deps, request.locale, currentActor(request), request.query.page ?? 1);
    if (!page) return notFound(request, reply);
    const feedUrl = `${deps.config.baseUrl}${eventPaths.eventsCalendar(request.locale)}`;
    const head = html`<link rel="alternate" type="text/calendar" title="${request.tr.t('events.calendar.name')}" href="${eventPaths.eventsCalendar(request.locale)}">`;
    return sendPage(request, reply, {
      title: request.tr.t('events.title'),
      section: 'events',
      head,
      body: eventsView(request.tr, page, feedUrl),
    });
  });

  app.get('/events.ics', { schema: { querystring: NoQuery } }, async (request, reply) => {
    const feed = await eventsFeed(deps, request.locale, labels(request));
    void reply.header('etag', feed.etag).header('cache-control', 'public, max-age=900');
    if (request.headers['if-none-match'] === feed.etag) return reply.code(304).send();
    return reply.type(CALENDAR_TYPE).send(feed.body);
  });

  app.get('/events/:slug.ics', { schema: { params: EventParams } }, async (request, reply) => {
    const body = await eventFeed(
      deps,
      request.params.slug,
      request.locale,
      currentActor(request),
      labels(request),
    );
    if (body === null) return notFound(request, reply);
    return reply
      .type(CALENDAR_TYPE)
      .header(
        'content-disposition',
        `inline; filename="${request.params.slug.replace(/[^a-z0-9-]/gi, '') || 'event'}.ics"`,
      )
      .header('cache-control', request.session ? 'private, no-store' : 'public, max-age=900')
      .send(body);
  });
}
