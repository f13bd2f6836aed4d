// Taskforce API (registered under /api): the list of published dossiers, and one dossier with its
// timeline newest first and undated entries apart — the stable interface of DESIGN.md.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { contentPaths } from '../../kernel/paths.ts';
import { taskforcePaths } from './paths.ts';
import { ErrorSchema } from '../../web/api/schemas.ts';
import type { TimelineEntry } from './schema.ts';
import { ApiQuery, DossierDetail, DossierList, DossierParams } from './schema.ts';
import { listDossiers, readDossier } from './service-read.ts';
import type { TimelineRow } from './domain/timeline.ts';

export async function taskforceApiRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const base = deps.config.baseUrl;

  app.get(
    '/v1/taskforces',
    {
      schema: {
        tags: ['taskforces'],
        summary: 'Taskforce dossiers',
        description:
          'Every published dossier, newest start first, with status, countries and requesting organisations.',
        querystring: ApiQuery,
        response: {
          200: DossierList,
          400: ErrorSchema,
        },
      },
    },
    async (request) => {
      const locale = request.query.locale ?? DEFAULT_LOCALE;
      const rows = await listDossiers(deps.db, locale, null);
      return {
        total: rows.length,
        items: rows.map((r) => ({
          slug: r.slug,
          title: r.title,
          language: r.lang,
          fallback: r.fallback,
          teaser: r.teaser,
          status: r.status,
          startsOn: r.startsOn,
          endsOn: r.endsOn,
          countries: r.countries,
          requesters: r.requesters,
          url: `${base}${taskforcePaths.taskforce(locale, r.slug)}`,
        })),
      };
    },
  );

  app.get(
    '/v1/taskforces/:slug',
    {
      schema: {
        tags: ['taskforces'],
        summary: 'One taskforce dossier with its timeline',
        description:
          'The timeline lists dated entries newest first and entries without a date (programmes) apart.',
        params: DossierParams,
        querystring: ApiQuery,
        response: { 200: DossierDetail, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? DEFAULT_LOCALE;
      const d = await readDossier(deps.db, request.params.slug, locale, null);
      if (!d)
        return reply
          .code(404)
          .send({ error: { code: 'not_found', message: request.tr.t('taskforces.api.notFound') } });
      const entry = (r: TimelineRow): Static<typeof TimelineEntry> => ({
        kind: r.kind,
        date: r.date,
        title: r.title,
        language: r.lang,
        type: r.type,
        source: r.sourceName,
        teaser: r.teaser,
        note: r.note,
        slug: r.slug,
        url: r.slug ? `${base}${contentPaths.item(locale, r.slug)}` : null,
      });
      const { view, details } = d;
      const orgs = (role: string) =>
        view.organisations
          .filter((o) => o.role === role)
          .map((o) => ({ slug: o.organisation.slug, name: o.organisation.shortName ?? o.organisation.name }));
      return {
        slug: view.item.slug,
        title: view.text.title,
        language: view.lang,
        fallback: view.fallback,
        teaser: view.text.summary,
        summary: view.text.summary,
        status: details.status,
        startsOn: (view.item.neutral.startsOn as string | null) ?? null,
        endsOn: (view.item.neutral.endsOn as string | null) ?? null,
        countries: view.countries,
        requesters: orgs('requester'),
        url: `${base}${taskforcePaths.taskforce(locale, view.item.slug)}`,
        background: view.text.body,
        objectives: view.text.fields.objectives ?? null,
        results: view.text.fields.results ?? null,
        instruments: details.instruments,
        regions: view.regions.map((r) => r.slug),
        platforms: orgs('platform'),
        predecessor: d.predecessor?.slug ?? null,
        successor: d.successor?.slug ?? null,
        languages: view.languages,
        updatedAt: view.item.updatedAt,
        timeline: { dated: d.timeline.dated.map(entry), undated: d.timeline.undated.map(entry) },
      };
    },
  );
}
