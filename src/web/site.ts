// What the shell draws from the module list (src/modules.ts): the main navigation, the footer
// links and the <head> alternates of every page, and the sources of the sitemap. app.ts builds it
// once and decorates the app with it; the layout and the feeds module read it from there, so the
// shell never imports a module.
import type {
  FooterLink,
  HeadAlternate,
  HelixModule,
  NavEntry,
  SitemapContribution,
} from '../kernel/module.ts';

export interface SiteLinks {
  readonly nav: readonly NavEntry[];
  readonly footer: readonly FooterLink[];
  readonly alternates: readonly HeadAlternate[];
}

export interface Site extends SiteLinks {
  readonly sitemap: readonly SitemapContribution[];
}

declare module 'fastify' {
  interface FastifyInstance {
    site: Site;
  }
}

/** The shell's view of the modules, in the order of the list (navigation and footer by `order`). */
export function siteOf(modules: readonly HelixModule[]): Site {
  const byOrder = <T extends { order: number }>(list: T[]) => list.sort((a, b) => a.order - b.order);
  return {
    nav: byOrder(modules.flatMap((m) => (m.nav ? [m.nav] : []))),
    footer: byOrder(modules.flatMap((m) => m.footer ?? [])),
    alternates: modules.flatMap((m) => m.alternates ?? []),
    sitemap: modules.flatMap((m) => (m.sitemap ? [m.sitemap] : [])),
  };
}
