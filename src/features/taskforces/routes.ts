// Public taskforce pages (under each /{locale}): the overview, a dossier, its embeddable timeline
// and its meetings as iCalendar; the editors' pages are in routes-editor.ts.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { currentActor } from '../../web/guards.ts';
import { notFound } from '../../web/errors.ts';
import { html } from '../../web/html.ts';
import { sendPage } from '../../web/render.ts';
import { contentPaths } from '../../kernel/paths.ts';
import { taskforcePaths } from './paths.ts';
import { toICalendar } from '../events/domain/calendar.ts';
import { COUNTRY_CODES, isOneOf } from '../reference/domain/vocabulary.ts';
import { can } from './policy.ts';
import { OverviewQuery, SlugParams } from './schema.ts';
import { listDossiers, readDossier, meetingsOf } from './service-read.ts';
import { taskforceEditorRoutes } from './routes-editor.ts';
import { taskforceMap } from './views-map.ts';
import { dossierView, overviewView, safeEmbedUrl, timelineView } from './views.ts';
import { DONE_STATUSES, OPEN_STATUSES, TASKFORCE_STATUSES } from './domain/vocabulary.ts';

export async function taskforceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get('/taskforces', { schema: { querystring: OverviewQuery } }, async (request, reply) => {
    const { tr, locale } = request;
    const viewer = currentActor(request);
    const all = await listDossiers(deps.db, locale, viewer);
    // Unknown filter values are ignored rather than refused: the page shows everything.
    const country = isOneOf(COUNTRY_CODES, request.query.country) ? request.query.country : null;
    const status = isOneOf(TASKFORCE_STATUSES, request.query.status) ? request.query.status : null;
    const rows = all.filter(
      (r) => (!country || r.countries.includes(country)) && (!status || r.status === status),
    );
    const counts = new Map<string, number>();
    for (const r of all) for (const c of r.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    return sendPage(request, reply, {
      title: tr.t('taskforces.title'),
      section: 'taskforces',
      body: overviewView({
        tr,
        locale,
        country,
        status,
        canCreate: can(viewer, 'dossier.create'),
        ongoing: rows.filter((r) => OPEN_STATUSES.includes(r.status)),
        done: rows.filter((r) => DONE_STATUSES.includes(r.status)),
        countries: [...counts.keys()],
        map: taskforceMap(tr, locale, counts),
      }),
    });
  });

  app.get('/taskforces/:slug', { schema: { params: SlugParams } }, async (request, reply) => {
    const viewer = currentActor(request);
    const dossier = await readDossier(deps.db, request.params.slug, request.locale, viewer);
    if (!dossier) return notFound(request, reply);
    const embedUrl = safeEmbedUrl(deps.config.baseUrl, request.locale, dossier.view.item.slug);
    const embedCode = `<iframe src="${embedUrl}" title="${request.tr.t('taskforces.embedTitle', { title: dossier.view.text.title })}" width="100%" height="600" loading="lazy"></iframe>`;
    return sendPage(request, reply, {
      title: dossier.view.text.title,
      section: 'taskforces',
      head: html`<script src="${app.assets.url('js/print.js')}" defer></script>`,
      body: dossierView({
        tr: request.tr,
        locale: request.locale,
        dossier,
        canEdit: can(viewer, 'dossier.edit'),
        embedCode,
      }),
    });
  });

  app.get('/taskforces/:slug/embed', { schema: { params: SlugParams } }, async (request, reply) => {
    const { tr, locale } = request;
    // Framed on other sites, the timeline shows what any visitor may see (no session applies).
    const dossier = await readDossier(deps.db, request.params.slug, locale, null);
    if (!dossier) return notFound(request, reply);
    const { item } = dossier.view;
    const timeline = dossier.timeline;
    const page = html`<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tr.t('taskforces.embedTitle', { title: dossier.view.text.title })}</title>
<link rel="stylesheet" href="${app.assets.url('css/helix.css')}">
<link rel="canonical" href="${deps.config.baseUrl}${taskforcePaths.taskforce(locale, item.slug)}">
<meta name="robots" content="noindex">
</head>
<body class="embed">
<main>
<h1 class="embed-title"><a href="${taskforcePaths.taskforce(locale, item.slug)}" target="_blank" rel="noopener">${dossier.view.text.title}</a></h1>
${timelineView(tr, locale, timeline, '_blank')}
<p class="embed-source muted">${tr.t('taskforces.embedSource', { site: deps.config.baseUrl.replace(/^https?:\/\//, '') })}</p>
</main>
</body>
</html>`;
    // This page alone may be framed by other sites; everything else keeps frame-ancestors 'none'.
    void reply.removeHeader('x-frame-options');
    void reply.header(
      'content-security-policy',
      "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'none'; frame-ancestors *",
    );
    void reply.header('cache-control', 'public, max-age=300');
    return reply.type('text/html; charset=utf-8').send(page.value);
  });

  app.get('/taskforces/:slug/meetings.ics', { schema: { params: SlugParams } }, async (request, reply) => {
    const { tr, locale } = request;
    const dossier = await readDossier(deps.db, request.params.slug, locale, null);
    if (!dossier) return notFound(request, reply);
    const meetings = await meetingsOf(deps.db, dossier.view.item.id, locale);
    const base = deps.config.baseUrl;
    const body = toICalendar(
      meetings.map((m) => ({ ...m, url: `${base}${contentPaths.item(locale, m.slug)}` })),
      {
        name: dossier.view.text.title,
        url: `${base}${taskforcePaths.taskforce(locale, dossier.view.item.slug)}`,
        host: new URL(base).hostname,
        locale,
        labels: { more: tr.t('events.calendar.more'), online: tr.t('events.calendar.online') },
      },
    );
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${dossier.view.item.slug}.ics"`)
      .send(body);
  });

  await app.register(taskforceEditorRoutes);
}
