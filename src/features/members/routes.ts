// Members directory with the map of Europe (under each /{locale}).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sendPage } from '../../web/render.ts';
import { membersDirectory } from './service.ts';
import { membersView } from './views.ts';
import { MembersPageQuery } from './schema.ts';

export async function membersRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  app.get('/members', { schema: { querystring: MembersPageQuery } }, async (request, reply) => {
    const directory = await membersDirectory(deps, request.locale, request.tr.t('members.noCountry'));
    return sendPage(request, reply, {
      title: request.tr.t('members.title'),
      section: 'members',
      body: membersView(request.tr, directory),
    });
  });
}
