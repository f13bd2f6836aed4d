// THE module list: every feature of Helix, named once. The app registers their routes, the i18n
// registry their catalogs, the layout their navigation and footer links, the OpenAPI document their
// tags, the sitemap their pages and housekeeping their jobs — all by iterating this list. Adding a
// module is its folder under src/features/, one line here and, when it has tables, one migration
// (docs/ARCHITECTURE.md, "Adding a module").
//
// The order is the order of registration, of the sitemap's pages and of the API's tags; the
// navigation and the footer are sorted by their own `order`.
import { registerCatalog, type MessageKey } from './i18n/index.ts';
import type { HelixModule } from './kernel/module.ts';
import { healthModule } from './features/health/module.ts';
import { homeModule } from './features/home/module.ts';
import { authModule } from './features/auth/module.ts';
import { accountModule } from './features/account/module.ts';
import { adminModule } from './features/admin/module.ts';
import { usersModule } from './features/users/module.ts';
import { auditModule } from './features/audit/module.ts';
import { mailModule } from './features/mail/module.ts';
import { rateLimitsModule } from './features/rate-limits/module.ts';
import { referenceModule } from './features/reference/module.ts';
import { itemsModule } from './features/items/module.ts';
import { searchModule } from './features/search/module.ts';
import { libraryModule } from './features/library/module.ts';
import { organisationsModule } from './features/organisations/module.ts';
import { membersModule } from './features/members/module.ts';
import { countriesModule } from './features/countries/module.ts';
import { eventsModule } from './features/events/module.ts';
import { openDataModule } from './features/open-data/module.ts';
import { exchangeModule } from './features/exchange/module.ts';
import { taskforcesModule } from './features/taskforces/module.ts';
import { supportModule } from './features/support/module.ts';
import { editorialModule } from './features/editorial/module.ts';
import { feedsModule } from './features/feeds/module.ts';
import { networkPlaceholderModule } from './features/network-placeholder/module.ts';

export const MODULES = [
  healthModule,
  homeModule,
  authModule,
  accountModule,
  adminModule,
  usersModule,
  auditModule,
  mailModule,
  rateLimitsModule,
  referenceModule,
  itemsModule,
  searchModule,
  libraryModule,
  organisationsModule,
  membersModule,
  countriesModule,
  eventsModule,
  openDataModule,
  exchangeModule,
  taskforcesModule,
  supportModule,
  editorialModule,
  feedsModule,
  networkPlaceholderModule,
] as const;

/** The same list as the app, the shell and housekeeping iterate it (and the check that each is a HelixModule). */
export const modules: readonly HelixModule[] = MODULES;

// Every label a module gives the shell (navigation, footer, <head> alternates) is a catalog key.
type Labels<M> =
  | (M extends { nav: { label: infer L } } ? L : never)
  | (M extends { footer: readonly (infer F)[] } ? (F extends { label: infer L } ? L : never) : never)
  | (M extends { alternates: readonly (infer A)[] } ? (A extends { title: infer T } ? T : never) : never);
true satisfies Labels<(typeof MODULES)[number]> extends MessageKey ? true : false;

// The catalogs are registered when the list is first imported (by app.ts, the CLI, the tests'
// app builder): i18n never imports a module, so no cycle runs through the translator.
for (const module of modules) if (module.messages) registerCatalog(module.name, module.messages);
