// Library, item pages, search and CSV export (registered under each /{locale}). Handlers parse,
// call one service function and render; the service holds the rules.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { notFound } from '../../web/errors.ts';
import { currentActor } from '../../web/guards.ts';
import { LOCALES, type Locale } from '../../i18n/index.ts';
import { html } from '../../web/html.ts';
import { contentPaths } from '../../kernel/paths.ts';
import { libraryPaths } from './paths.ts';
import { sendPage } from '../../web/render.ts';
import { exportCsv } from './views-csv.ts';
import { ItemParams, LibraryQuery } from './schema.ts';
import { itemPage, libraryExport, libraryListing, searchLibrary } from './service.ts';
import { itemJsonLd, itemView } from './views-item.ts';
import { libraryView, searchPageView } from './views-listing.ts';
import { queryString } from './views-parts.ts';

/** One canonical URL per view: the normalised query (unknown values dropped), in each locale. */
function alternates(path: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, path(l)])) as Record<Locale, string>;
}

function scriptTag(request: FastifyRequest) {
  return html`<script src="${request.server.assets.url('js/library.js')}" defer></script>`;
}

export async function libraryRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const ctx = (request: FastifyRequest) => ({ tr: request.tr, locale: request.locale });

  app.get('/library', { schema: { querystring: LibraryQuery } }, async (request, reply) => {
    const result = await libraryListing(deps, request.query, request.locale, currentActor(request));
    if (!result.ok) return notFound(request, reply);
    const { page, selection } = result.view;
    return sendPage(request, reply, {
      title: page > 1 ? request.tr.t('library.pageTitle', { page }) : request.tr.t('library.title'),
      section: 'library',
      alternates: alternates((l) => libraryPaths.library(l, queryString(selection, { page }))),
      head: scriptTag(request),
      body: libraryView(ctx(request), result.view),
    });
  });

  app.get('/library.csv', { schema: { querystring: LibraryQuery } }, async (request, reply) => {
    const rows = await libraryExport(deps, request.query, request.locale, currentActor(request));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="library-${request.locale}.csv"`)
      .header('cache-control', request.session ? 'private, no-store' : 'public, max-age=300')
      .send(exportCsv(rows, request.locale, deps.config.baseUrl));
  });

  app.get('/search', { schema: { querystring: LibraryQuery } }, async (request, reply) => {
    const result = await searchLibrary(deps, request.query, request.locale, currentActor(request));
    if (!result.ok) return notFound(request, reply);
    const { q, selection, page } = result.view;
    return sendPage(request, reply, {
      title: q ? request.tr.t('library.search.titleFor', { q }) : request.tr.t('library.search.title'),
      section: 'search',
      alternates: alternates(
        (l) => `${libraryPaths.search(l)}${q ? `?${queryString(selection, { q, page })}` : ''}`,
      ),
      head: scriptTag(request),
      index: false,
      body: searchPageView(ctx(request), result.view),
    });
  });

  app.get('/library/:slug', { schema: { params: ItemParams } }, async (request, reply) => {
    const result = await itemPage(deps, request.params.slug, request.locale, currentActor(request));
    if (!result.ok && result.reason === 'dossier')
      return reply.redirect(contentPaths.dossier(request.locale, request.params.slug), 301);
    if (!result.ok) return notFound(request, reply);
    const { view } = result.page;
    return sendPage(request, reply, {
      title: view.text.title,
      section: 'library',
      alternates: alternates((l) => libraryPaths.item(l, view.item.slug)),
      head: itemJsonLd({ ...ctx(request), baseUrl: deps.config.baseUrl }, view),
      body: itemView(ctx(request), result.page),
    });
  });
}
