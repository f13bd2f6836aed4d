// The front page (under each /{locale}) and the language redirect at "/" (at the root).
import type { FastifyInstance } from 'fastify';
import { preferredLocale } from '../../web/context.ts';
import { currentActor } from '../../web/guards.ts';
import { shellPaths } from '../../web/paths.ts';
import { sendPage } from '../../web/render.ts';
import { frontPage } from './service.ts';
import { homeView } from './views.ts';

export async function homeRootRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async (request, reply) =>
    reply
      .header('vary', 'Accept-Language, Cookie')
      .header('cache-control', 'private, no-cache')
      .redirect(shellPaths.home(preferredLocale(request)), 302),
  );
}

export async function homeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async (request, reply) => {
    const page = await frontPage(app.deps, request.locale, currentActor(request));
    return sendPage(request, reply, {
      title: request.tr.t('home.title'),
      section: 'home',
      body: homeView(request.tr, request.locale, page),
    });
  });
}
