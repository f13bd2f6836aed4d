// The page of the network section until the network module replaces this placeholder module.
import type { Locale, Translator } from '../../i18n/index.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { shellPaths } from '../../web/paths.ts';

export function placeholderView(tr: Translator, locale: Locale, section: string): SafeHtml {
  return html`<div class="narrow">
<h1>${tr.t('placeholder.title', { section })}</h1>
<p>${tr.t('placeholder.body')}</p>
<p><a href="${shellPaths.home(locale)}">${tr.t('placeholder.back')}</a></p>
</div>`;
}
