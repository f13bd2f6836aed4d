// The item page: the text in the reader's language (or the original with a notice and the right
// lang attribute), the type's own sections, a key-facts panel of filled fields only, attachments,
// related items, and schema.org JSON-LD for the <head>.
import { LOCALES, type MessageKey } from '../../i18n/index.ts';
import { factList, notice } from '../../web/components.ts';
import { html, join, raw, safeUrl, type SafeHtml } from '../../web/html.ts';
import { renderMarkdown } from '../../web/markdown.ts';
import { countryPaths } from '../countries/paths.ts';
import { editorialPaths } from '../editorial/paths.ts';
import { libraryPaths } from './paths.ts';
import { organisationPaths } from '../organisations/paths.ts';
import type { ItemView } from '../items/service-read.ts';
import { TYPE_SPECS, type NeutralField, type OrgRole } from '../items/domain/type-specs.ts';
import { regionName } from '../reference/domain/regions.ts';
import { countryName, countrySlug, languageName } from '../reference/domain/vocabulary.ts';
import type { ItemPage } from './service.ts';
import {
  dateRange,
  langAttr,
  queryString,
  resultList,
  typeLabel,
  emptySelection,
  type ViewContext,
} from './views-parts.ts';

function linkList(links: SafeHtml[]): SafeHtml | null {
  return links.length ? join(links, ', ') : null;
}

function externalLink(url: string | number | null): SafeHtml | null {
  const safe = safeUrl(typeof url === 'string' ? url : null);
  if (!safe) return null;
  let text = safe;
  try {
    const parsed = new URL(safe);
    text = parsed.protocol === 'mailto:' ? parsed.pathname : parsed.hostname.replace(/^www\./, '');
  } catch {
    // a site-relative URL stays as it is
  }
  return html`<a href="${safe}" rel="noopener noreferrer">${text}</a>`;
}

function orgLinks(ctx: ViewContext, view: ItemView, role: OrgRole): SafeHtml[] {
  return view.organisations
    .filter((o) => o.role === role && o.organisation.id !== view.owner?.id)
    .map(
      (o) =>
        html`<a href="${organisationPaths.organisation(ctx.locale, o.organisation.slug)}">${o.organisation.name}</a>`,
    );
}

function dates(
  ctx: ViewContext,
  view: ItemView,
  has: (f: NeutralField) => boolean,
): { label: string; value: string | null }[] {
  const n = view.item.neutral;
  const str = (f: NeutralField) => (has(f) && typeof n[f] === 'string' && n[f] ? (n[f] as string) : null);
  const out: { label: string; value: string | null }[] = [];
  const publishedOn = str('publishedOn');
  out.push({
    label: ctx.tr.t('field.publishedOn'),
    value: publishedOn ? dateRange(ctx.locale, publishedOn, null) : null,
  });
  const start = str('startsOn');
  const end = str('endsOn');
  const range = start && end && end.slice(0, 10) > start.slice(0, 10);
  out.push({
    label: ctx.tr.t(range ? 'library.item.dates' : 'library.item.date'),
    value: start ? dateRange(ctx.locale, start, end) : null,
  });
  const ys = has('yearStart') ? n.yearStart : null;
  const ye = has('yearEnd') ? n.yearEnd : null;
  if (ys && ye && ye !== ys) out.push({ label: ctx.tr.t('library.item.years'), value: `${ys}–${ye}` });
  else
    out.push(
      { label: ctx.tr.t('field.yearStart'), value: ys ? String(ys) : null },
      { label: ctx.tr.t('field.yearEnd'), value: !ys && ye ? String(ye) : null },
    );
  return out;
}

function languages(ctx: ViewContext, view: ItemView): SafeHtml | null {
  const entries = view.languages.map((lang) => {
    const name = languageName(lang, ctx.locale);
    const isSiteLocale = (LOCALES as readonly string[]).includes(lang);
    if (lang === view.lang || !isSiteLocale) return html`<span>${name}</span>`;
    return html`<a href="${libraryPaths.item(lang, view.item.slug)}" hreflang="${lang}">${name}</a>`;
  });
  return linkList(entries);
}

function keyFacts(ctx: ViewContext, view: ItemView): SafeHtml {
  const { tr, locale } = ctx;
  const spec = TYPE_SPECS[view.item.type];
  const has = (f: NeutralField) => spec.neutral.includes(f);
  const n = view.item.neutral;
  // Labels that depend on how many values follow ("Country" / "Countries").
  const plural = (key: string, count: number) =>
    tr.t(`${key}.${count === 1 ? 'one' : 'other'}` as MessageKey);
  const sources = orgLinks(ctx, view, 'source');
  const hosts = orgLinks(ctx, view, 'host');
  const partners = orgLinks(ctx, view, 'partner');
  const place = [has('venue') ? n.venue : null, has('city') ? n.city : null]
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .join(', ');
  return factList([
    {
      label: tr.t('library.item.type'),
      value: html`<a href="${libraryPaths.library(locale, queryString({ ...emptySelection(), type: [view.item.type] }))}">${typeLabel(tr, view.item.type)}</a>`,
    },
    {
      label: tr.t('library.item.organisation'),
      value: view.owner
        ? html`<a href="${organisationPaths.organisation(locale, view.owner.slug)}">${view.owner.name}</a>`
        : null,
    },
    { label: plural('library.item.sources', sources.length), value: linkList(sources) },
    { label: plural('library.item.hosts', hosts.length), value: linkList(hosts) },
    { label: plural('library.item.partners', partners.length), value: linkList(partners) },
    {
      label: plural('library.item.countries', view.countries.length),
      value: linkList(
        view.countries.map(
          (c) =>
            html`<a href="${countryPaths.country(locale, countrySlug(c))}">${countryName(c, locale)}</a>`,
        ),
      ),
    },
    {
      label: plural('library.item.regions', view.regions.length),
      value: view.regions.map((r) => regionName(r, locale)).join(', '),
    },
    {
      label: plural('library.item.levels', view.levels.length),
      value: view.levels.map((l) => tr.t(`level.${l}` as MessageKey)).join(', '),
    },
    {
      label: plural('library.item.themes', view.themes.length),
      value: view.themes.map((t) => tr.t(`theme.${t}` as MessageKey)).join(', '),
    },
    ...dates(ctx, view, has),
    { label: tr.t('library.item.place'), value: place },
    { label: tr.t('field.externalUrl'), value: has('externalUrl') ? externalLink(n.externalUrl) : null },
    {
      label: tr.t('field.registrationUrl'),
      value: has('registrationUrl') ? externalLink(n.registrationUrl) : null,
    },
    { label: tr.t('field.onlineUrl'), value: has('onlineUrl') ? externalLink(n.onlineUrl) : null },
    {
      label: tr.t('field.fundingProgramme'),
      value: has('fundingProgramme') && n.fundingProgramme ? String(n.fundingProgramme) : null,
    },
    {
      label: tr.t('field.grantReference'),
      value: has('grantReference') && n.grantReference ? String(n.grantReference) : null,
    },
    { label: tr.t('library.item.languages'), value: languages(ctx, view) },
    { label: tr.t('library.item.lastPublished'), value: view.publishedAt ? tr.date(view.publishedAt) : null },
  ]);
}

function textSections(ctx: ViewContext, view: ItemView): SafeHtml[] {
  return TYPE_SPECS[view.item.type].text
    .filter((field) => (view.text.fields[field] ?? '').trim() !== '')
    .map(
      (field) => html`<section class="item-section">
  <h2>${ctx.tr.t(`field.${field}` as MessageKey)}</h2>
  <div class="prose"${langAttr(ctx, view.lang)}>${renderMarkdown(view.text.fields[field] ?? '')}</div>
</section>`,
    );
}

function fileSize(locale: string, bytes: number): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / 1_000_000 : Math.max(1, bytes / 1000));
}

function attachments(ctx: ViewContext, view: ItemView): SafeHtml | string {
  if (view.attachments.length === 0) return '';
  const entries = view.attachments.map((a) => {
    const kind = (a.mime.split('/')[1] ?? '').replace(/^jpeg$/, 'jpg').toUpperCase();
    return html`<li><a href="${editorialPaths.download(ctx.locale, view.item.slug, a.id)}"${a.lang ? langAttr(ctx, a.lang) : ''}>${a.title || a.filename}</a> <span class="muted">(${kind}, ${fileSize(ctx.locale, a.size)})</span></li>`;
  });
  return html`<section class="item-section"><h2>${ctx.tr.t('library.item.attachments')}</h2><ul class="attachment-list">${entries}</ul></section>`;
}

export function itemView(ctx: ViewContext, page: ItemPage): SafeHtml {
  const { view } = page;
  const { tr, locale } = ctx;
  const typeLink = libraryPaths.library(locale, queryString({ ...emptySelection(), type: [view.item.type] }));
  const fallback = view.fallback
    ? notice(
        'info',
        tr.t('library.item.fallback', {
          wanted: languageName(locale, locale),
          shown: languageName(view.lang, locale),
        }),
      )
    : '';
  return html`<nav class="breadcrumb" aria-label="${tr.t('library.item.breadcrumb')}"><ol>
  <li><a href="${libraryPaths.library(locale)}">${tr.t('library.title')}</a></li>
  <li><a href="${typeLink}">${tr.t(`typePlural.${view.item.type}` as MessageKey)}</a></li>
</ol></nav>
${fallback}
${view.item.visibility === 'members' ? notice('warning', tr.t('library.item.membersOnly')) : ''}
<div class="item-layout">
  <article class="item">
    <div class="item-text"${langAttr(ctx, view.lang)}>
      <h1>${view.text.title}</h1>
      ${view.text.summary ? html`<p class="lead">${view.text.summary}</p>` : ''}
      ${view.text.body ? html`<div class="prose">${renderMarkdown(view.text.body)}</div>` : ''}
    </div>
    ${textSections(ctx, view)}
    ${attachments(ctx, view)}
    ${view.item.sourceNote ? html`<aside class="source-note" aria-labelledby="source-note-h"><h2 id="source-note-h">${tr.t('library.item.sourceNote')}</h2><p>${view.item.sourceNote}</p></aside>` : ''}
  </article>
  <aside class="item-facts" aria-labelledby="facts-h">
    <h2 id="facts-h">${tr.t('library.item.keyFacts')}</h2>
    ${keyFacts(ctx, view)}
    ${page.canEdit ? html`<p><a class="button button-secondary" href="${editorialPaths.editItem(locale, view.item.slug)}">${tr.t('library.item.edit')}</a></p>` : ''}
  </aside>
</div>
${view.related.length ? html`<section class="item-related" aria-labelledby="related-h"><h2 id="related-h">${tr.t('library.item.related')}</h2>${resultList(ctx, view.related)}</section>` : ''}`;
}

/** schema.org JSON-LD; "<" is escaped so no text can close the script element. */
export function itemJsonLd(ctx: ViewContext & { baseUrl: string }, view: ItemView): SafeHtml {
  const n = view.item.neutral;
  const str = (v: string | number | null) => (typeof v === 'string' && v ? v : undefined);
  const spec = TYPE_SPECS[view.item.type];
  const org = view.owner
    ? {
        '@type': 'Organization',
        name: view.owner.name,
        url: `${ctx.baseUrl}${organisationPaths.organisation(ctx.locale, view.owner.slug)}`,
      }
    : undefined;
  const place =
    str(n.venue) || str(n.city)
      ? {
          '@type': 'Place',
          name: str(n.venue) ?? str(n.city),
          ...(str(n.city) ? { address: str(n.city) } : {}),
        }
      : undefined;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': spec.schemaOrg,
    name: view.text.title,
    ...(spec.schemaOrg === 'NewsArticle' || spec.schemaOrg === 'Report' ? { headline: view.text.title } : {}),
    description: view.text.summary || undefined,
    inLanguage: view.lang,
    url: `${ctx.baseUrl}${libraryPaths.item(ctx.locale, view.item.slug)}`,
    datePublished: str(n.publishedOn) ?? view.publishedAt?.slice(0, 10),
    ...(spec.calendar || view.item.type === 'eu_project'
      ? {
          startDate: str(n.startsOn),
          endDate: str(n.endsOn) ?? (spec.calendar ? str(n.startsOn) : undefined),
        }
      : {}),
    ...(spec.calendar ? { location: place, organizer: org } : { publisher: org }),
    spatialCoverage: view.countries.length ? view.countries.map((c) => countryName(c, 'en')) : undefined,
    sameAs: str(safeUrl(str(n.externalUrl)) ?? null),
  };
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return html`<script type="application/ld+json">${raw(json)}</script>`;
}
