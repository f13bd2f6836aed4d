// The library journey in headless Chromium against the real server with the demo seeded: tick a
// facet and watch the results update in place (URL and live region follow), keep keyboard focus,
// open an item, switch to Dutch and meet the fallback notice, search for "Bèta" and see the
// highlighted snippet, search as you type, and the phone layout — with axe on every page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { translator } from '../../src/i18n/index.ts';
import {
  assertNoA11yViolations,
  browserSkipReason,
  screenshot,
  type DemoServer,
  startJourney,
  stopJourney,
  onPhone,
  type Journey,
} from '../helpers/browser.ts';
import { assertNoSidewaysScroll } from './pages.ts';

// Browser globals touched inside page.evaluate (the project compiles without the DOM lib).
declare const document: {
  activeElement: { id: string } | null;
  getElementById(id: string): { innerText: string; textContent: string | null } | null;
  querySelector(selector: string): { checked?: boolean } | null;
};
declare const window: { helixMarker?: string };

const en = translator('en');
const nl = translator('nl');
const skip = browserSkipReason();

async function resultCount(page: Page): Promise<string> {
  return (await page.locator('#results-heading').innerText()).trim();
}

async function firstResultSlugs(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.result-title a')
    .evaluateAll((links) =>
      links.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute('href')),
    );
  return hrefs.map((h) => h.split('/').pop()!);
}

describe('library journey: live facets, item page, language fallback, search', { skip }, () => {
  let journey: Journey;
  let server: DemoServer;
  let page: Page;

  before(async () => {
    journey = await startJourney({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    ({ server, page } = journey);
  });
  after(() => stopJourney(journey));

  test('the library lists the demo content with facets and is accessible', async () => {
    const response = await page.goto(`${server.url}/en/library`);
    assert.equal(response?.status(), 200);
    assert.equal((await page.locator('main h1').innerText()).trim(), en.t('library.title'));
    assert.ok((await page.locator('.result').count()) === 20, 'a full first page');
    assert.ok(
      await page
        .getByRole('checkbox', { name: new RegExp(`^${en.t('type.programme')} \\(\\d+\\)$`) })
        .isVisible(),
    );
    // JavaScript took over the form: the Apply button is hidden.
    assert.equal(await page.locator('.facet-apply').isVisible(), false);
    await assertNoA11yViolations(page, 'the library');
    await screenshot(page, 'library-en');
  });

  test('ticking a facet updates the results in place, the URL and the live region, and keeps focus', async () => {
    await page.evaluate(() => {
      window.helixMarker = 'same document';
    });
    const before = await resultCount(page);
    const box = page.getByRole('checkbox', { name: new RegExp(`^${en.t('type.programme')} \\(`) });
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/\/en\/library\?type=programme$/);
    await page.waitForFunction(
      (text) => document.getElementById('results-heading')?.innerText !== text,
      before,
    );
    const after = await resultCount(page);
    assert.notEqual(after, before);
    assert.equal(
      await page.evaluate(() => window.helixMarker),
      'same document',
      'no page load: the results were swapped in',
    );
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'f-type-programme',
      'focus stays on the ticked box',
    );
    assert.ok(await page.locator('#f-type-programme').isChecked());
    const count = Number(after.split(' ')[0]);
    await page.waitForFunction(() => (document.getElementById('library-status')?.textContent ?? '') !== '');
    assert.equal(
      (await page.locator('#library-status').textContent())?.trim(),
      en.t('library.results.updated', { count }),
    );
    const chip = page.locator('.chip');
    assert.equal(await chip.count(), 1);
    assert.match(await chip.innerText(), new RegExp(en.t('type.programme')));
    const types = await page.locator('.result-meta > span:first-child').allInnerTexts();
    assert.ok(
      types.every((t) => t === en.t('type.programme')),
      `only programmes: ${types.join(', ')}`,
    );
    await assertNoA11yViolations(page, 'the library filtered by type');
    await screenshot(page, 'library-en-programmes');
  });

  test('a second facet narrows further; removing a chip widens again', async () => {
    const before = await resultCount(page);
    await page.getByRole('checkbox', { name: /^Netherlands \(/ }).check();
    await page.waitForURL(/\?type=programme&country=NL$/);
    await page.waitForFunction(
      (text) => document.getElementById('results-heading')?.innerText !== text,
      before,
    );
    const narrowed = await resultCount(page);
    await page.locator('.chip', { hasText: 'Netherlands' }).click();
    await page.waitForURL(/\?type=programme$/);
    await page.waitForFunction(
      (text) => document.getElementById('results-heading')?.innerText !== text,
      narrowed,
    );
    assert.equal(await resultCount(page), before);
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'results-heading',
      'focus moves to the results, not to the top',
    );
  });

  test('an item page opens from the results; in Dutch it shows the fallback notice', async () => {
    // An English-only programme: the Dutch listing marks it as shown in English.
    const nlList = await (await page.request.get(`${server.url}/nl/library?type=programme`)).text();
    const fallback = [
      ...nlList.matchAll(
        /<li class="result">[\s\S]*?<a href="\/nl\/library\/([^"]+)" lang="en">[\s\S]*?<\/li>/g,
      ),
    ].map((m) => m[1]!);
    assert.ok(fallback.length > 0, 'the demo has English-only programmes');
    const slug = fallback[0]!;
    assert.ok((await firstResultSlugs(page)).includes(slug));
    await page.locator(`.result-title a[href="/en/library/${slug}"]`).click();
    await page.waitForURL(`${server.url}/en/library/${slug}`);
    assert.ok(await page.getByRole('heading', { level: 2, name: en.t('library.item.keyFacts') }).isVisible());
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as Record<string, unknown>;
    assert.equal(jsonLd['@type'], 'CreativeWork');
    await assertNoA11yViolations(page, 'an item page');
    await screenshot(page, 'item-en');

    await page
      .getByRole('navigation', { name: en.t('site.languageSwitch') })
      .getByRole('link', { name: nl.t('site.languageName.nl') })
      .click();
    await page.waitForURL(`${server.url}/nl/library/${slug}`);
    const notice = page.locator('main .notice-info');
    assert.equal(
      (await notice.innerText()).trim(),
      nl.t('library.item.fallback', { wanted: 'Nederlands', shown: 'Engels' }),
    );
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await page.locator('.item-text').getAttribute('lang'), 'en');
    assert.ok(await page.getByRole('heading', { level: 2, name: nl.t('library.item.keyFacts') }).isVisible());
    await assertNoA11yViolations(page, 'the Dutch page of an English-only item');
    await screenshot(page, 'item-nl-fallback');
  });

  test('searching for "Bèta" shows highlighted snippets; typing searches as you go', async () => {
    await page.goto(`${server.url}/en/library`);
    await page.getByRole('searchbox', { name: en.t('library.search.label') }).fill('Bèta');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\?q=B%C3%A8ta$/);
    assert.match(await resultCount(page), /results? for “Bèta”/);
    const marks = await page.locator('.result mark').allInnerTexts();
    assert.ok(marks.length > 0, 'highlighted matches');
    assert.ok(
      marks.every((m) => /^b[eèé]ta/i.test(m)),
      `marks match the term: ${marks.slice(0, 5).join(', ')}`,
    );
    await assertNoA11yViolations(page, 'search results');
    await screenshot(page, 'search-beta');

    await page.evaluate(() => {
      window.helixMarker = 'typing';
    });
    const box = page.getByRole('searchbox', { name: en.t('library.search.label') });
    await box.fill('techmentality');
    await page.waitForURL(/\/en\/search\?q=techmentality$/);
    await page.waitForFunction(() =>
      /techmentality/.test(document.getElementById('results-heading')?.innerText ?? ''),
    );
    assert.equal(
      await page.evaluate(() => window.helixMarker),
      'typing',
      'results arrived without a page load',
    );
    assert.ok((await page.locator('.result mark').count()) > 0);
  });

  test('odd searches get a clear message, not an error', async () => {
    for (const q of ['🎉', 'c++ "x', '<script>alert(1)</script>']) {
      const response = await page.goto(`${server.url}/en/search?q=${encodeURIComponent(q)}`);
      assert.equal(response?.status(), 200, q);
      assert.ok((await page.locator('main').innerText()).length > 0);
    }
    await page.goto(`${server.url}/en/search?q=${encodeURIComponent('🎉')}`);
    assert.ok((await page.locator('main').innerText()).includes(en.t('library.search.noTerms')));
    await assertNoA11yViolations(page, 'a search without letters');
  });

  test('on a 375px phone the filters fold away and the pages fit', async () => {
    await onPhone(journey, 'nl-NL', async (mobile) => {
      await mobile.goto(`${server.url}/nl/library`);
      assert.equal(
        await mobile.locator('[data-filter-panel]').getAttribute('open'),
        null,
        'the filter panel starts folded',
      );
      await screenshot(mobile, 'library-nl-mobile', { fullPage: false });
      await mobile.locator('[data-filter-panel] > summary').click();
      await mobile.getByRole('checkbox', { name: new RegExp(`^${nl.t('type.event')} \\(`) }).check();
      await mobile.waitForURL(/\?type=event$/);
      await mobile.waitForFunction(
        () => (document.querySelector('#f-type-event')?.checked ?? false) === true,
      );
      assert.notEqual(
        await mobile.locator('[data-filter-panel]').getAttribute('open'),
        null,
        'the panel stays open while filtering',
      );
      await assertNoSidewaysScroll(mobile);
      await assertNoA11yViolations(mobile, 'the library on a phone');
      await screenshot(mobile, 'library-nl-mobile-filtered');
      const first = (await firstResultSlugs(mobile))[0]!;
      await mobile.goto(`${server.url}/nl/library/${first}`);
      await assertNoA11yViolations(mobile, 'an item page on a phone');
      await screenshot(mobile, 'item-nl-mobile');
    });
  });
});
