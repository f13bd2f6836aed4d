// buildApp(deps): external plugins, then the request context, then feature routes, then the
// error and not-found handlers. Tests import this and call it with inject().
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
import { healthRoutes } from './features/health/routes.ts';
import { resumeSession } from './features/auth/service.ts';
import { homeRoutes, rootRoutes, PLACEHOLDER_SECTIONS } from './features/home/routes.ts';
import { authRoutes } from './features/auth/routes.ts';
import { accountRoutes } from './features/account/routes.ts';
import { adminRoutes } from './features/admin/routes.ts';
import { openapiPlugin } from './web/api/openapi.ts';
import { apiRoutes } from './web/api/scope.ts';
import { openDataRoutes } from './features/open-data/routes.ts';
import { feedRoutes } from './features/feeds/routes.ts';
import { libraryRoutes } from './features/library/routes.ts';
import { editorialRoutes } from './features/editorial/routes.ts';
import { membersRoutes } from './features/members/routes.ts';
import { organisationRoutes } from './features/organisations/routes.ts';
import { countryRoutes } from './features/countries/routes.ts';
import { eventRoutes } from './features/events/routes.ts';
import { supportRoutes } from './features/support/routes.ts';
import { taskforceRoutes } from './features/taskforces/routes.ts';
import { taskforceEditorRoutes } from './features/taskforces/routes-editor.ts';
import { taskforceApiRoutes } from './features/taskforces/api.ts';

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

  await app.register(openapiPlugin);
  await app.register(requestContext, { deps, csrfSecret, resumeSession });
  registerErrorHandlers(app);
  registerAssetRoutes(app, app.assets);

  await app.register(healthRoutes);
  await app.register(rootRoutes);
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(taskforceApiRoutes, { prefix: '/api' });
  await app.register(feedRoutes);
  for (const locale of LOCALES) {
    await app.register(
      async (scoped) => {
        await scoped.register(homeRoutes, { placeholders: PLACEHOLDER_SECTIONS });
        await scoped.register(authRoutes);
        await scoped.register(accountRoutes);
        await scoped.register(adminRoutes);
        await scoped.register(libraryRoutes);
        await scoped.register(editorialRoutes);
        await scoped.register(membersRoutes);
        await scoped.register(organisationRoutes);
        await scoped.register(countryRoutes);
        await scoped.register(eventRoutes);
        await scoped.register(openDataRoutes);
        await scoped.register(supportRoutes);
        await scoped.register(taskforceRoutes);
        await scoped.register(taskforceEditorRoutes);
      },
      { prefix: `/${locale}` },
    );
  }
  return app;
}
