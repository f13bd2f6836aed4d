// Atom feeds per language and sitemap.xml (registered once, at the root).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { LOCALES } from '../../i18n/index.ts';
import { notFound } from '../../web/errors.ts';
import { feedPaths } from './paths.ts';
import { feedEntries } from './service.ts';
import { atomFeed } from './views.ts';
import { sitemap, sitemapPart } from './service-sitemap.ts';

// Feeds and sitemaps are public and change slowly: let caches keep them a few minutes.
const CACHE = 'public, max-age=300';

export async function feedRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  for (const locale of LOCALES) {
    app.get(feedPaths.feed(locale), async (request, reply) =>
      reply
        .type('application/atom+xml; charset=utf-8')
        .header('cache-control', CACHE)
        .send(
          atomFeed(await feedEntries(deps, locale), {
            baseUrl: deps.config.baseUrl,
            locale,
            tr: request.tr,
            now: deps.clock.now(),
          }),
        ),
    );
  }

  app.get('/sitemap.xml', async (_request, reply) =>
    reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', CACHE)
      .send(await sitemap(deps, app.site.sitemap)),
  );

  app.get(
    '/sitemap-:part.xml',
    {
      schema: { params: Type.Object({ part: Type.Integer({ minimum: 1, maximum: 10_000 }) }) },
      attachValidation: true,
    },
    async (request, reply) => {
      const part = request.validationError
        ? null
        : await sitemapPart(deps, app.site.sitemap, request.params.part);
      if (part === null) return notFound(request, reply);
      return reply.type('application/xml; charset=utf-8').header('cache-control', CACHE).send(part);
    },
  );
}
