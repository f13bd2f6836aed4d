// /api/v1/countries (registered under /api).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorSchema, LocaleOnlyQuery } from '../../web/api/schemas.ts';
import { CountriesSchema } from './schema.ts';
import { listCountriesApi } from './service.ts';

export async function countryApiRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get(
    '/v1/countries',
    {
      schema: {
        tags: ['Directory'],
        summary: 'List countries',
        description:
          'Every country Helix knows (EU and EEA, the United Kingdom, Switzerland, and EU for the Union itself) with names in English and Dutch, and the number of published public items and active members.',
        querystring: LocaleOnlyQuery,
        response: { 200: CountriesSchema, 400: ErrorSchema },
      },
    },
    async (request) => listCountriesApi(deps, request.query.locale ?? 'en'),
  );
}
