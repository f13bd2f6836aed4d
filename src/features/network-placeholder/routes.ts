// /{locale}/network: announced in the navigation, answered with a placeholder page until the
// network module (src/features/network/) takes this place in src/modules.ts.
import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../web/render.ts';
import { placeholderView } from './views.ts';

export async function networkPlaceholderRoutes(app: FastifyInstance): Promise<void> {
  app.get('/network', async (request, reply) => {
    const name = request.tr.t('nav.network');
    return sendPage(request, reply, {
      title: request.tr.t('placeholder.title', { section: name }),
      section: 'network',
      body: placeholderView(request.tr, request.locale, name),
    });
  });
}
