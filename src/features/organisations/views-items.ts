// Lists of linked knowledge items grouped by type, newest first, for organisation and country
// pages: title in the reader's language (or marked with its own), date, teaser and link roles.
import type { Translator } from '../../i18n/index.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { isDossier } from '../../kernel/content-types.ts';
import { itemPath } from '../../kernel/paths.ts';
import { teaser } from '../../lib/text.ts';
import { ORG_ROLES } from '../items/domain/type-specs.ts';
import { languageName } from '../reference/domain/vocabulary.ts';
import type { ContentType } from '../../kernel/content-types.ts';
import type { LinkedGroup, LinkedItem } from './service.ts';

/** "Programmes", "Reports and studies" … and "Taskforce dossiers". */
export function groupLabel(tr: Translator, type: ContentType): string {
  return isDossier(type) ? tr.t('organisations.taskforces') : tr.t(`typePlural.${type}`);
}

function itemDate(tr: Translator, item: LinkedItem): SafeHtml | string {
  const date = item.startsOn?.slice(0, 10) ?? item.sortDate;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date))
    return html`<time datetime="${date}">${tr.date(date, 'medium')}</time>`;
  return item.year ? html`<span>${item.year}</span>` : '';
}

function itemEntry(tr: Translator, item: LinkedItem): SafeHtml {
  // Dossiers live in the taskforce section, not in the library.
  const href = itemPath(tr.locale, item);
  const lang = item.fallback ? item.lang : null;
  const roles = ORG_ROLES.filter((r) => item.roles.includes(r));
  const meta = [
    itemDate(tr, item),
    roles.length
      ? html`<span class="roles">${roles.map((r) => tr.t(`organisations.role.${r}`)).join(' · ')}</span>`
      : '',
    item.visibility === 'members'
      ? html`<span class="badge">${tr.t('organisations.items.membersOnly')}</span>`
      : '',
    lang
      ? html`<span class="lang-tag">${tr.t('organisations.items.inLanguage', { language: languageName(lang, tr.locale) })}</span>`
      : '',
  ].filter((part) => part !== '');
  const summary = teaser(item.summary, 200);
  return html`<li class="linked-item">
  <h4 class="linked-item-title"><a href="${href}"${lang ? html` lang="${lang}"` : ''}>${item.title}</a></h4>
  ${meta.length ? html`<p class="linked-item-meta">${meta}</p>` : ''}
  ${summary ? html`<p class="linked-item-summary"${lang ? html` lang="${lang}"` : ''}>${summary}</p>` : ''}
</li>`;
}

export interface MoreLink {
  href(type: string): string;
  label(group: LinkedGroup): string;
}

/**
 * One section per item type (h3 headings, item titles h4). `more` leads to the library view with
 * all items of a type, shown when the page lists only the newest few.
 */
export function linkedItemGroups(tr: Translator, groups: LinkedGroup[], more: MoreLink): SafeHtml {
  return html`${groups.map(
    (g) => html`<section class="linked-group" aria-labelledby="linked-${g.type}">
  <h3 id="linked-${g.type}">${groupLabel(tr, g.type)} <span class="count">(${tr.number(g.total)})</span></h3>
  <ul class="linked-items">${g.items.map((item) => itemEntry(tr, item))}</ul>
  ${g.total > g.items.length ? html`<p class="more"><a href="${more.href(g.type)}">${more.label(g)}</a></p>` : ''}
</section>`,
  )}`;
}
