// Country pages (under each /{locale}): the index of countries and one page per country.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { notFound } from '../../web/errors.ts';
import { currentActor } from '../../web/guards.ts';
import { sendPage } from '../../web/render.ts';
import { CountryParams, NoQuery } from './schema.ts';
import { countryIndex, countryPage } from './service.ts';
import { countryIndexView, countryView } from './views.ts';

export async function countryRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get('/countries', { schema: { querystring: NoQuery } }, async (request, reply) => {
    const rows = await countryIndex(deps, request.locale, currentActor(request));
    return sendPage(request, reply, {
      title: request.tr.t('countries.title'),
      section: 'members',
      body: countryIndexView(request.tr, rows),
    });
  });

  app.get('/countries/:slug', { schema: { params: CountryParams } }, async (request, reply) => {
    const page = await countryPage(deps, request.params.slug, request.locale, currentActor(request));
    if (!page) return notFound(request, reply);
    return sendPage(request, reply, {
      title: page.name,
      section: 'members',
      body: countryView(request.tr, page),
    });
  });
}
