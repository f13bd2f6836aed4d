import type { Locale, MessageKey, Translator } from '../../i18n/index.ts';
import { html, type SafeHtml } from '../../web/html.ts';

const SECTIONS: { path: string; title: MessageKey; text: MessageKey }[] = [
  { path: '/library', title: 'nav.library', text: 'home.section.library' },
  { path: '/taskforces', title: 'nav.taskforces', text: 'home.section.taskforces' },
  { path: '/members', title: 'nav.members', text: 'home.section.members' },
  { path: '/events', title: 'nav.events', text: 'home.section.events' },
  { path: '/network', title: 'nav.network', text: 'home.section.network' },
  { path: '/support', title: 'nav.support', text: 'home.section.support' },
];

export function homeView(tr: Translator, locale: Locale): SafeHtml {
  return html`<section class="hero" aria-labelledby="home-title">
  <h1 id="home-title">${tr.t('home.title')}</h1>
  <p class="lead">${tr.t('home.intro')}</p>
</section>
<section aria-labelledby="sections-title">
  <h2 id="sections-title">${tr.t('home.sections')}</h2>
  <ul class="card-grid">
    ${SECTIONS.map((s) => html`<li class="card"><h3><a href="/${locale}${s.path}">${tr.t(s.title)}</a></h3><p>${tr.t(s.text)}</p></li>`)}
  </ul>
</section>`;
}

export function placeholderView(tr: Translator, locale: Locale, section: string): SafeHtml {
  return html`<div class="narrow">
<h1>${tr.t('placeholder.title', { section })}</h1>
<p>${tr.t('placeholder.body')}</p>
<p><a href="/${locale}/">${tr.t('placeholder.back')}</a></p>
</div>`;
}
