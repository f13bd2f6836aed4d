// Items for tests, made through the item services (createItem + publish) like an editor would.
// Each call makes a fresh item with sensible defaults; pass overrides for what the test is about.
import type { Deps } from '../../src/deps.ts';
import type { Actor } from '../../src/features/items/policy.ts';
import type { ItemLinks, VersionText } from '../../src/features/items/repository.ts';
import { createItem, saveVersion, transition } from '../../src/features/items/service.ts';
import type { NeutralField } from '../../src/features/items/domain/type-specs.ts';
import type { ItemType } from '../../src/kernel/content-types.ts';
import { makeUser, unique } from './factories.ts';

export interface ItemOverrides {
  type?: ItemType;
  /** Language of the first version (default 'en'). */
  lang?: string;
  title?: string;
  summary?: string;
  body?: string;
  fields?: Record<string, string>;
  slug?: string;
  visibility?: 'public' | 'members';
  organisationId?: string | null;
  neutral?: Partial<Record<NeutralField, string | number | null>>;
  sourceNote?: string | null;
  links?: Partial<ItemLinks>;
  /** Further language versions, published too. */
  translations?: Record<string, Partial<VersionText>>;
  /** false: leave the item as an unpublished draft. */
  publish?: boolean;
  /** The actor who creates it (default: a fresh editor). */
  actor?: Actor;
}

export interface MadeItem {
  id: string;
  slug: string;
  title: string;
}

let editor: { deps: Deps; actor: Actor } | null = null;

/** One editor per deps object, made on first use. */
async function defaultEditor(deps: Deps): Promise<Actor> {
  if (editor?.deps === deps) return editor.actor;
  const user = await makeUser(deps, 'editor');
  const actor: Actor = { id: user.id, role: 'editor', organisationId: null };
  editor = { deps, actor };
  return actor;
}

export async function makeItem(deps: Deps, overrides: ItemOverrides = {}): Promise<MadeItem> {
  const actor = overrides.actor ?? (await defaultEditor(deps));
  const lang = overrides.lang ?? 'en';
  const title = overrides.title ?? unique('Test item');
  const links: ItemLinks = {
    organisations: [],
    countries: [],
    regions: [],
    levels: [],
    themes: [],
    related: [],
    ...overrides.links,
  };
  const created = await createItem(deps, actor, {
    ...(overrides.slug ? { slug: overrides.slug } : {}),
    type: overrides.type ?? 'programme',
    originalLang: lang,
    visibility: overrides.visibility ?? 'public',
    organisationId: overrides.organisationId ?? null,
    neutral: overrides.neutral ?? {},
    sourceNote: overrides.sourceNote ?? null,
    links,
    lang,
    text: {
      title,
      summary: overrides.summary ?? `Summary of ${title}.`,
      body: overrides.body ?? `Body of ${title}.`,
      fields: overrides.fields ?? {},
    },
  });
  if (!created.ok)
    throw new Error(
      `makeItem: createItem refused (${created.reason}${created.detail ? `: ${created.detail}` : ''})`,
    );
  if (overrides.publish !== false) {
    const published = await transition(deps, actor, created.id, lang, 'publish');
    if (!published.ok) throw new Error(`makeItem: publish refused (${published.reason})`);
  }
  for (const [other, text] of Object.entries(overrides.translations ?? {})) {
    const saved = await saveVersion(
      deps,
      actor,
      created.id,
      other,
      {
        title: text.title ?? `${title} (${other})`,
        summary: text.summary ?? '',
        body: text.body ?? '',
        fields: text.fields ?? {},
      },
      { publish: overrides.publish !== false },
    );
    if (!saved.ok) throw new Error(`makeItem: saveVersion refused (${saved.reason})`);
  }
  return { id: created.id, slug: created.slug, title };
}
