// The module description: what a feature contributes to Helix. Each folder under src/features/
// exports one from its module.ts (`defineModule({...})`), and src/modules.ts names them all; the
// app, the i18n registry, the layout, the OpenAPI document, the sitemap and housekeeping iterate
// that list, so adding a module touches its own folder, one line in src/modules.ts and (when it has
// tables) one migration. See docs/ARCHITECTURE.md, "Adding a module".
import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../deps.ts';
import type { Locale } from '../i18n/locales.ts';

/** UI messages of a module, one set per locale: English is the reference, every locale has every key. */
export type Catalog = { readonly [L in Locale]: Readonly<Record<string, string>> };

/** An entry of the main navigation (a catalog key as label; `section` marks the current page). */
export interface NavEntry {
  readonly section: string;
  /** Position from the left; entries are sorted by it. */
  readonly order: number;
  readonly label: string;
  readonly path: (locale: string) => string;
}

/** A link in the page footer. */
export interface FooterLink {
  readonly order: number;
  readonly label: string;
  readonly path: (locale: string) => string;
  /** Media type of what the link leads to, when it is no page (a feed). */
  readonly type?: string;
}

/** A <link rel="alternate"> every page carries in its <head> (the Atom feed). */
export interface HeadAlternate {
  readonly type: string;
  /** Catalog key of the title. */
  readonly title: string;
  readonly path: (locale: string) => string;
}

/** Idempotent housekeeping, run hourly by every process and by `helix housekeeping`. */
export interface HousekeepingJob {
  readonly name: string;
  /** Returns a sentence for the command line when there is something to report. */
  run(deps: Deps): Promise<string | void>;
}

/** A loop that runs as long as the server does (mail delivery); stop() waits for work in flight. */
export interface BackgroundJob {
  stop(): Promise<void>;
}

/** A page the sitemap lists in every locale. */
export interface SitemapPage {
  readonly path: (locale: string) => string;
  readonly lastmod?: string;
}

export interface SitemapContribution {
  /** Pages that always exist (an index page). */
  readonly pages?: readonly ((locale: string) => string)[];
  /** Pages of records (items, organisations), read when the sitemap is built. */
  readonly records?: (deps: Deps) => Promise<SitemapPage[]>;
}

/** A tag of the OpenAPI document; declared by one module, used by any. */
export interface ApiTag {
  readonly name: string;
  readonly description: string;
}

export interface HelixModule {
  /** The folder name under src/features/. */
  readonly name: string;
  /** Page routes, registered once under each locale prefix (/en, /nl). */
  readonly pages?: FastifyPluginAsync;
  /** JSON routes, registered under /api (their paths begin with /v1/). */
  readonly api?: FastifyPluginAsync;
  /** Routes at the site root: health checks, feeds, the sitemap, the language redirect. */
  readonly root?: FastifyPluginAsync;
  readonly messages?: Catalog;
  readonly nav?: NavEntry;
  readonly footer?: readonly FooterLink[];
  readonly alternates?: readonly HeadAlternate[];
  readonly apiTags?: readonly ApiTag[];
  readonly sitemap?: SitemapContribution;
  readonly housekeeping?: readonly HousekeepingJob[];
  readonly background?: readonly ((deps: Deps) => BackgroundJob)[];
}

/**
 * A module description, with its literal types kept (the catalog keys become MessageKey, see
 * src/i18n/index.ts).
 */
export function defineModule<const M extends HelixModule>(module: M): M {
  return module;
}
