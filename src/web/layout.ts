// The page shell: skip link, landmarks, header navigation, language switch, account menu,
// flash message, footer, hreflang alternates and the canonical link.
import { LOCALES, type Locale, type Translator, type MessageKey } from '../i18n/index.ts';
import type { User } from '../kernel/identity.ts';
import type { AssetManifest } from './assets.ts';
import type { Flash } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { paths } from './paths.ts';

export interface PageContext {
  tr: Translator;
  locale: Locale;
  user: User | null;
  csrfToken: string;
  /** The path after the locale prefix, e.g. "/library?type=tool" (used for language links). */
  pathInLocale: string;
  flash: Flash | null;
  assets: AssetManifest;
  baseUrl: string;
}

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** Navigation section to mark as current. */
  section?: NavSection;
  /** Extra tags for <head> (feeds, JSON-LD, robots). */
  head?: SafeHtml;
  /** Override the alternates when a page does not exist in every locale. */
  alternates?: Partial<Record<Locale, string>>;
  /** Set false on pages that must not be indexed (forms with tokens, account pages). */
  index?: boolean;
}

export type NavSection =
  | 'home'
  | 'library'
  | 'taskforces'
  | 'members'
  | 'events'
  | 'network'
  | 'support'
  | 'search'
  | 'account'
  | 'admin';

const NAV: { section: NavSection; path: string; label: MessageKey }[] = [
  { section: 'library', path: '/library', label: 'nav.library' },
  { section: 'taskforces', path: '/taskforces', label: 'nav.taskforces' },
  { section: 'members', path: '/members', label: 'nav.members' },
  { section: 'events', path: '/events', label: 'nav.events' },
  { section: 'network', path: '/network', label: 'nav.network' },
  { section: 'support', path: '/support', label: 'nav.support' },
];

function navigation(ctx: PageContext, current: NavSection | undefined): SafeHtml {
  const items = NAV.map(
    (item) =>
      html`<li><a href="/${ctx.locale}${item.path}"${item.section === current ? html` aria-current="page"` : ''}>${ctx.tr.t(item.label)}</a></li>`,
  );
  return html`<nav class="main-nav" aria-label="${ctx.tr.t('site.mainNav')}"><ul>${items}</ul></nav>`;
}

function languageSwitch(ctx: PageContext, alternates: Partial<Record<Locale, string>>): SafeHtml {
  const links = LOCALES.map((locale) => {
    const label = ctx.tr.t(`site.languageName.${locale}`);
    if (locale === ctx.locale)
      return html`<li><span aria-current="true" lang="${locale}">${label}</span></li>`;
    const href = alternates[locale];
    return href ? html`<li><a href="${href}" hreflang="${locale}" lang="${locale}">${label}</a></li>` : '';
  });
  return html`<nav class="lang-switch" aria-label="${ctx.tr.t('site.languageSwitch')}"><ul>${links}</ul></nav>`;
}

function accountMenu(ctx: PageContext): SafeHtml {
  if (!ctx.user)
    return html`<a class="button button-quiet" href="/${ctx.locale}/sign-in">${ctx.tr.t('nav.signIn')}</a>`;
  const admin =
    ctx.user.role === 'admin' ? html`<a href="/${ctx.locale}/admin">${ctx.tr.t('nav.admin')}</a>` : '';
  return html`<div class="account-menu">
    <a href="/${ctx.locale}/account">${ctx.tr.t('nav.account')}</a>${admin}
    <form method="post" action="/${ctx.locale}/sign-out">
      <input type="hidden" name="_csrf" value="${ctx.csrfToken}">
      <button type="submit" class="button button-quiet">${ctx.tr.t('nav.signOut')}</button>
    </form>
  </div>`;
}

export function flashMessage(ctx: PageContext): SafeHtml {
  if (!ctx.flash) return html``;
  const role = ctx.flash.kind === 'error' ? 'alert' : 'status';
  return html`<div class="notice notice-${ctx.flash.kind}" role="${role}">${ctx.tr.t(ctx.flash.key, ctx.flash.params)}</div>`;
}

// The header has two rows: brand and tools (language, account) on top, the main navigation on a
// row of its own below, so long labels (Dutch, the admin link) never push the tools onto a stray
// line. The source order is the visual order, so keyboard focus follows what the reader sees.
export function layout(ctx: PageContext, page: PageOptions): SafeHtml {
  const alternates: Partial<Record<Locale, string>> =
    page.alternates ??
    Object.fromEntries(LOCALES.map((l) => [l, `/${l}${ctx.pathInLocale === '/' ? '/' : ctx.pathInLocale}`]));
  const hreflang = Object.entries(alternates).map(
    ([l, href]) => html`<link rel="alternate" hreflang="${l}" href="${ctx.baseUrl}${href}">`,
  );
  const canonical = alternates[ctx.locale];
  return html`<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${ctx.tr.t('site.name')}</title>
<meta name="description" content="${ctx.tr.t('site.tagline')}">
${page.index === false ? html`<meta name="robots" content="noindex">` : ''}
<link rel="stylesheet" href="${ctx.assets.url('css/helix.css')}">
<link rel="stylesheet" href="${ctx.assets.url('css/print.css')}" media="print">
<link rel="icon" href="${ctx.assets.url('img/favicon.svg')}" type="image/svg+xml">
${canonical ? html`<link rel="canonical" href="${ctx.baseUrl}${canonical}">` : ''}
${hreflang}
<link rel="alternate" type="application/atom+xml" title="${ctx.tr.t('site.feedTitle')}" href="${paths.feed(ctx.locale)}">
${page.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">${ctx.tr.t('site.skipToContent')}</a>
<header class="site-header">
  <div class="container header-inner">
    <a class="brand" href="/${ctx.locale}/"><img src="${ctx.assets.url('img/logo.svg')}" alt="" width="32" height="32"><span>${ctx.tr.t('site.name')}</span></a>
    <div class="header-tools">
      ${languageSwitch(ctx, alternates)}
      ${accountMenu(ctx)}
    </div>
    ${navigation(ctx, page.section)}
  </div>
</header>
<main id="main" tabindex="-1" class="container">
${flashMessage(ctx)}
${page.body}
</main>
<footer class="site-footer">
  <div class="container">
    <p>${ctx.tr.t('site.footer.about')}</p>
    <nav aria-label="${ctx.tr.t('site.footerNav')}"><ul>
      <li><a href="${paths.openData(ctx.locale)}">${ctx.tr.t('site.footer.openData')}</a></li>
      <li><a href="${paths.feed(ctx.locale)}" type="application/atom+xml">${ctx.tr.t('site.footer.feed')}</a></li>
    </ul></nav>
  </div>
</footer>
</body>
</html>`;
}
