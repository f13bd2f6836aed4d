// /api/v1/organisations, /api/v1/countries, /api/v1/members and /api/v1/events.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  listCountriesApi,
  listEventsApi,
  listMembersApi,
  listOrganisationsApi,
  organisationDetail,
} from './service-api.ts';
import { sendResult } from '../../web/api/respond.ts';
import {
  CountriesSchema,
  ErrorSchema,
  EventsQuery,
  EventsSchema,
  LocaleOnlyQuery,
  MembersQuery,
  MembersSchema,
  OrganisationDetailSchema,
  OrganisationPageSchema,
  OrganisationsQuery,
  SlugParams,
} from '../../web/api/schemas.ts';

export async function directoryRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get(
    '/organisations',
    {
      schema: {
        tags: ['Directory'],
        summary: 'List organisations',
        description:
          'Organisations in slug order (records merged into another are left out). Filter by country, or `member=true` for active coalition members. Follow `nextCursor` for the next page.',
        querystring: OrganisationsQuery,
        response: { 200: OrganisationPageSchema, 400: ErrorSchema },
      },
    },
    async (request, reply) => sendResult(request, reply, await listOrganisationsApi(deps, request.query)),
  );

  app.get(
    '/organisations/:slug',
    {
      schema: {
        tags: ['Directory'],
        summary: 'One organisation',
        description:
          'An organisation with its aliases (other spellings and former names), descriptions per language and coalition membership. ' +
          'An organisation that was merged into another answers 301 with the address of the surviving record.',
        params: SlugParams,
        querystring: LocaleOnlyQuery,
        response: {
          200: OrganisationDetailSchema,
          301: Type.Null({ description: 'Merged: the Location header gives the surviving record.' }),
          400: ErrorSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await organisationDetail(deps, request.params.slug, request.query.locale ?? 'en');
      if (!result.ok && result.status === 301) return reply.redirect(result.location, 301);
      return sendResult(request, reply, result);
    },
  );

  app.get(
    '/countries',
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

  app.get(
    '/members',
    {
      schema: {
        tags: ['Directory'],
        summary: 'List coalition members',
        description:
          'Coalition memberships with their organisation, role, start and status, ordered by country and name.',
        querystring: MembersQuery,
        response: { 200: MembersSchema, 400: ErrorSchema },
      },
    },
    async (request) => listMembersApi(deps, request.query),
  );

  app.get(
    '/events',
    {
      schema: {
        tags: ['Events'],
        summary: 'List meetings and events',
        description:
          '`when=upcoming` (default): events that have not ended, soonest first. `when=past`: ended events, most recent first. Follow `nextCursor` for the next page.',
        querystring: EventsQuery,
        response: { 200: EventsSchema, 400: ErrorSchema },
      },
    },
    async (request, reply) => sendResult(request, reply, await listEventsApi(deps, request.query)),
  );
}
