// /api/v1/items, /api/v1/items/{slug} and /api/v1/search.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { itemDetail, listItems, searchItems } from './service-api.ts';
import { sendResult } from '../../web/api/respond.ts';
import { ErrorSchema, LocaleOnlyQuery, SlugParams } from '../../web/api/schemas.ts';
import { ItemDetailSchema, ItemPageSchema, ItemsQuery, SearchQuery, SearchResultSchema } from './schema.ts';

export async function libraryApiRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get(
    '/v1/items',
    {
      schema: {
        tags: ['Library'],
        summary: 'List published items',
        description:
          'Published public items, newest first (undated programmes last), filtered like the library. ' +
          'Filters combine with OR within one filter and AND across filters. Unknown filter values are refused with a 400 that lists them. ' +
          'Follow `nextCursor` to walk every page; `total` counts all matching items. Members-only items are never listed.',
        querystring: ItemsQuery,
        response: { 200: ItemPageSchema, 400: ErrorSchema },
      },
    },
    async (request, reply) => sendResult(request, reply, await listItems(deps, request.query)),
  );

  app.get(
    '/v1/items/:slug',
    {
      schema: {
        tags: ['Library'],
        summary: 'One published item',
        description:
          'The full public record: language-neutral fields, the published text of every language version (body in Markdown), linked organisations with their roles, ' +
          'countries, regions, education levels, themes and related items. `language` and `fallback` tell which version serves the requested locale.',
        params: SlugParams,
        querystring: LocaleOnlyQuery,
        response: { 200: ItemDetailSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) =>
      sendResult(request, reply, await itemDetail(deps, request.params.slug, request.query.locale ?? 'en')),
  );

  app.get(
    '/v1/search',
    {
      schema: {
        tags: ['Search'],
        summary: 'Search the library',
        description:
          'Full-text search across all types and languages (accents and case ignored, every word must match, word prefixes match). ' +
          'Any input is accepted: an empty or symbol-only query gives an empty list; queries are cut at 500 characters. Snippets are plain text.',
        querystring: SearchQuery,
        response: { 200: SearchResultSchema, 400: ErrorSchema },
      },
    },
    async (request) => searchItems(deps, request.query),
  );
}
