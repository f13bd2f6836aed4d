// Catalog parity: every locale has every key of the English catalog, nothing more, no empty
// strings, the same {placeholders}, and every message parses as ICU.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { modules } from '../modules.ts';
import { en as shellEn } from './en.ts';
import { catalogs, isMessageKey, LOCALES, negotiateLocale, translator } from './index.ts';
import { nl as shellNl } from './nl.ts';

/** Every argument name in an ICU message, including those inside plural and select branches. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ('value' in el && typeof el.value === 'string') names.add(el.value);
      if ('options' in el) for (const option of Object.values(el.options)) walk(option.value);
      if ('children' in el) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe('UI catalogs', () => {
  const reference = catalogs.en;
  for (const locale of LOCALES) {
    it(`${locale} has exactly the English keys, non-empty, with the same placeholders`, () => {
      const catalog = catalogs[locale] as Record<string, string>;
      assert.deepEqual(Object.keys(catalog).sort(), Object.keys(reference).sort());
      for (const [key, english] of Object.entries(reference)) {
        const message = catalog[key]!;
        assert.ok(message.trim().length > 0, `${locale}:${key} is empty`);
        assert.deepEqual(
          placeholders(message),
          placeholders(english),
          `${locale}:${key} placeholders differ`,
        );
        assert.doesNotThrow(
          () => new IntlMessageFormat(message, locale),
          `${locale}:${key} is not valid ICU`,
        );
      }
    });
  }

  it('formats plurals and parameters per locale', () => {
    assert.equal(translator('en').t('admin.users.count', { count: 1 }), '1 account');
    assert.equal(translator('en').t('admin.users.count', { count: 3 }), '3 accounts');
    assert.equal(
      translator('nl').t('account.sessionsCount', { count: 2 }),
      'U bent op 2 apparaten ingelogd.',
    );
    assert.equal(translator('nl').date('2018-02-07'), '7 februari 2018');
    assert.equal(translator('en').date('2018-02-07'), 'February 7, 2018');
  });
});

describe('negotiateLocale', () => {
  it('respects q-values and regional tags', () => {
    assert.equal(negotiateLocale('nl-BE,nl;q=0.9,en;q=0.8'), 'nl');
    assert.equal(negotiateLocale('de-DE,de;q=0.9,en;q=0.5,nl;q=0.7'), 'nl');
    assert.equal(negotiateLocale('fr'), null);
    assert.equal(negotiateLocale(''), null);
    assert.equal(negotiateLocale('en;q=0, nl'), 'nl');
    assert.equal(negotiateLocale('garbage;;;q=abc'), null);
  });
});

describe('catalog modules', () => {
  it('never define the same key twice', () => {
    const seen = new Map<string, string>();
    const all = [{ name: 'shell', messages: { en: shellEn, nl: shellNl } }, ...modules];
    for (const { name, messages: mod } of all) {
      if (!mod) continue;
      for (const key of Object.keys(mod.en)) {
        assert.ok(!seen.has(key), `${key} is defined in ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
      assert.deepEqual(
        Object.keys(mod.nl).sort(),
        Object.keys(mod.en).sort(),
        `${name}: nl and en keys differ`,
      );
    }
  });
});

describe('module descriptions', () => {
  it('give the shell catalog keys as labels (navigation, footer, <head> alternates)', () => {
    for (const m of modules) {
      const labels = [
        m.nav?.label,
        ...(m.footer ?? []).map((f) => f.label),
        ...(m.alternates ?? []).map((a) => a.title),
      ];
      for (const label of labels.filter((l) => l !== undefined))
        assert.ok(isMessageKey(label), `${m.name}: ${label}`);
    }
  });
});
