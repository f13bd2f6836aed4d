// OpenAPI 3.1 generated from the route schemas; registered before every route so it sees them all.
// The tags come from the module descriptions (src/modules.ts).
// Only the JSON API under /api/ is documented: pages, feeds and forms are left out.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';

/** A tag of the document, declared by one module (its `apiTags`) and used by any. */
export interface ApiTag {
  name: string;
  description: string;
}

async function openapi(app: FastifyInstance, options: { tags: readonly ApiTag[] }): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Helix API',
        version: '1',
        description:
          'Open data of the Helix knowledge hub. Everything is public and read-only except the import. ' +
          'Only published, public content is served: members-only items never appear, signed in or not (the export is the one exception, for editors). ' +
          'Errors are `{"error":{"code","message"}}` with a 4xx status; messages are in English.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: app.deps.config.baseUrl }],
      tags: [...options.tags],
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'helix_session',
            description: 'The session cookie of a signed-in editor or administrator (import; full export).',
          },
        },
      },
    },
    hideUntagged: true,
    // Belt and braces: whatever is not under /api/ stays out of the document, tagged or not.
    transform: ({ schema, url }) => ({
      schema: { ...schema, hide: Boolean(schema?.hide) || !url.startsWith('/api/') },
      url,
    }),
  });
}

export const openapiPlugin = fp(openapi, { name: 'helix-openapi' });
