// The page shell: skip link, landmarks, header navigation, language switch, account menu,
// flash message, footer, hreflang alternates and the canonical link.
import { LOCALES, type Locale, type MessageKey, type Translator } from '../i18n/index.ts';
import type { User } from '../kernel/identity.ts';
import type { SiteLinks } from './site.ts';
import type { AssetManifest } from './assets.ts';
import type { Flash } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { shellPaths } from './paths.ts';

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
  /** Navigation, footer links and <head> alternates, from the module list. */
  site: SiteLinks;
}

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** Navigation section to mark as current (a module's `nav.section`, or 'home', 'search', 'account', 'admin'). */
  section?: string;
  /** Extra tags for <head> (feeds, JSON-LD, robots). */
  head?: SafeHtml;
  /** Override the alternates when a page does not exist in every locale. */
  alternates?: Partial<Record<Locale, string>>;
  /** Set false on pages that must not be indexed (forms with tokens, account pages). */
  index?: boolean;
}

/** A catalog key from a module description (checked when the app is built). */
const label = (tr: Translator, key: string) => tr.t(key as MessageKey);

function navigation(ctx: PageContext, current: string | undefined): SafeHtml {
  const items = ctx.site.nav.map(
    (item) =>
      html`<li><a href="${item.path(ctx.locale)}"${item.section === current ? html` aria-current="page"` : ''}>${label(ctx.tr, item.label)}</a></li>`,
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
    return html`<a class="button button-quiet" href="${shellPaths.signIn(ctx.locale)}">${ctx.tr.t('nav.signIn')}</a>`;
  const admin =
    ctx.user.role === 'admin'
      ? html`<a href="${shellPaths.admin(ctx.locale)}">${ctx.tr.t('nav.admin')}</a>`
      : '';
  return html`<div class="account-menu">
    <a href="${shellPaths.account(ctx.locale)}">${ctx.tr.t('nav.account')}</a>${admin}
    <form method="post" action="${shellPaths.signOut(ctx.locale)}">
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
    page.alternates ?? Object.fromEntries(LOCALES.map((l) => [l, shellPaths.inLocale(l, ctx.pathInLocale)]));
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
${ctx.site.alternates.map((a) => html`<link rel="alternate" type="${a.type}" title="${label(ctx.tr, a.title)}" href="${a.path(ctx.locale)}">`)}
${page.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">${ctx.tr.t('site.skipToContent')}</a>
<header class="site-header">
  <div class="container header-inner">
    <a class="brand" href="${shellPaths.home(ctx.locale)}"><img src="${ctx.assets.url('img/logo.svg')}" alt="" width="32" height="32"><span>${ctx.tr.t('site.name')}</span></a>
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
      ${ctx.site.footer.map((f) => html`<li><a href="${f.path(ctx.locale)}"${f.type ? html` type="${f.type}"` : ''}>${label(ctx.tr, f.label)}</a></li>`)}
    </ul></nav>
  </div>
</footer>
</body>
</html>`;
}
