// The home page, the language redirect at "/", and the sections that later modules fill in.
import type { FastifyInstance } from 'fastify';
import type { MessageKey } from '../../i18n/index.ts';
import { preferredLocale } from '../../web/context.ts';
import type { NavSection } from '../../web/layout.ts';
import { sendPage } from '../../web/render.ts';
import { homeView, placeholderView } from './views.ts';
import { frontPage } from './service.ts';
import { currentActor } from '../../web/guards.ts';

/** Sections announced in the navigation whose modules are not built yet. */
export const PLACEHOLDER_SECTIONS: { path: string; section: NavSection; label: MessageKey }[] = [
  { path: '/network', section: 'network', label: 'nav.network' },
];

export async function rootRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async (request, reply) =>
    reply
      .header('vary', 'Accept-Language, Cookie')
      .header('cache-control', 'private, no-cache')
      .redirect(`/${preferredLocale(request)}/`, 302),
  );
}

export async function homeRoutes(
  app: FastifyInstance,
  opts: { placeholders: typeof PLACEHOLDER_SECTIONS },
): Promise<void> {
  app.get('/', async (request, reply) => {
    const page = await frontPage(app.deps, request.locale, currentActor(request));
    return sendPage(request, reply, {
      title: request.tr.t('home.title'),
      section: 'home',
      body: homeView(request.tr, request.locale, page),
    });
  });
  for (const p of opts.placeholders) {
    app.get(p.path, async (request, reply) => {
      const name = request.tr.t(p.label);
      return sendPage(request, reply, {
        title: request.tr.t('placeholder.title', { section: name }),
        section: p.section,
        body: placeholderView(request.tr, request.locale, name),
      });
    });
  }
}
