// buildApp(deps): external plugins, then the request context, then the routes of every module in
// src/modules.ts (root routes, the JSON API under /api, pages under each /{locale}), then the error
// and not-found handlers. Tests import this and call it with inject().
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import type { Deps } from './deps.ts';
import { LOCALES } from './i18n/index.ts';
import { iso } from './lib/clock.ts';
import { uuidv7 } from './lib/ids.ts';
import { randomToken } from './lib/tokens.ts';
import { buildAssetManifest, registerAssetRoutes, type AssetManifest } from './web/assets.ts';
import { requestContext } from './web/context.ts';
import { registerErrorHandlers } from './web/errors.ts';
import { ensureSetting } from './kernel/repository-settings.ts';
import { modules } from './modules.ts';
import { resumeSession } from './features/auth/service.ts';
import { openapiPlugin } from './web/api/openapi.ts';
import { apiScope } from './web/api/scope.ts';
import { shellPaths } from './web/paths.ts';
import { siteOf } from './web/site.ts';

export interface AppOptions {
  assets?: AssetManifest;
}

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: deps.config.bodyLimit,
    trustProxy: deps.config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => uuidv7(),
    return503OnClosing: true,
    // Long slugs and tokens reach the handlers (which answer 404/400 in Helix's own shape) instead
    // of the router's bare 414.
    routerOptions: { maxParamLength: 2000 },
    // NUL is no character of any text Helix stores, and PostgreSQL refuses it in text: it is
    // dropped from addresses here (bodies holding it are refused in web/context.ts).
    rewriteUrl: (req) => (req.url ?? '/').replace(/%00/gi, ''),
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
  });
  const csrfSecret = await ensureSetting(deps.db, 'csrf_secret', randomToken(32), iso(deps.clock.now()));

  app.decorate('deps', deps);
  app.decorate('assets', options.assets ?? buildAssetManifest());
  app.decorate('site', siteOf(modules));

  await app.register(cookie);
  await app.register(formbody, { bodyLimit: deps.config.bodyLimit });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(deps.config.baseUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: deps.config.baseUrl.startsWith('https:')
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  await app.register(openapiPlugin, { tags: modules.flatMap((m) => m.apiTags ?? []) });
  await app.register(requestContext, { deps, csrfSecret, resumeSession });
  registerErrorHandlers(app);
  registerAssetRoutes(app, app.assets);

  for (const m of modules) if (m.root) await app.register(m.root);
  await app.register(apiScope, { prefix: '/api', routes: modules.flatMap((m) => (m.api ? [m.api] : [])) });
  for (const locale of LOCALES) {
    await app.register(
      async (scoped) => {
        for (const m of modules) if (m.pages) await scoped.register(m.pages);
      },
      { prefix: shellPaths.localePrefix(locale) },
    );
  }
  return app;
}
