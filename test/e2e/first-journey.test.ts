// The first browser journey, in headless Chromium against the real server with the demo seeded:
// the language redirect and switch, keyboard entry through the skip link, signing in (wrong
// password, then the demo editor), the account page and signing out — with axe on every page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { translator } from '../../src/i18n/index.ts';
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts.ts';
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
import { assertNoSidewaysScroll, heading, htmlLang, SignInPage } from './pages.ts';

// page.evaluate callbacks run in the browser; the project compiles without the DOM lib, so the
// few browser globals they touch are declared here (module scope, not global).
declare const document: {
  activeElement: { id: string; className: string; textContent: string | null } | null;
  querySelector(selector: string): unknown;
};
declare function getComputedStyle(element: unknown): { outlineStyle: string; outlineWidth: string };

const en = translator('en');
const nl = translator('nl');
const editor = DEMO_ACCOUNTS.find((a) => a.role === 'editor')!;

const skip = browserSkipReason();

describe('first journey: languages, sign-in, account, sign-out', { skip }, () => {
  let journey: Journey;
  let server: DemoServer;
  let page: Page;

  before(async () => {
    journey = await startJourney({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    ({ server, page } = journey);
  });
  after(() => stopJourney(journey));

  test('/ redirects to the English home page, which is accessible', async () => {
    const response = await page.goto(`${server.url}/`);
    assert.equal(response?.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/en/');
    assert.equal(await htmlLang(page), 'en');
    assert.equal(await heading(page), en.t('home.title'));
    assert.equal(await page.title(), `${en.t('home.title')} · ${en.t('site.name')}`);
    await assertNoA11yViolations(page, 'the English home page');
    await screenshot(page, 'home-en');
  });

  test('Tab from the top focuses the visible skip link, which leads to the main content', async () => {
    await page.goto(`${server.url}/en/`);
    await page.waitForLoadState('load');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      className: document.activeElement?.className,
      text: document.activeElement?.textContent?.trim(),
    }));
    assert.equal(focused.className, 'skip-link');
    assert.equal(focused.text, en.t('site.skipToContent'));
    const skipLink = page.locator('.skip-link');
    assert.ok(await skipLink.isVisible(), 'the focused skip link is visible');
    const box = await skipLink.boundingBox();
    assert.ok(
      box && box.y >= 0 && box.x >= 0 && box.width > 0 && box.height > 0,
      `the skip link is inside the viewport: ${JSON.stringify(box)}`,
    );
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.skip-link'));
      return { outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth };
    });
    assert.ok(
      outline.outlineStyle !== 'none' && outline.outlineWidth !== '0px',
      `the focused skip link has a visible focus outline: ${JSON.stringify(outline)}`,
    );
    await screenshot(page, 'skip-link-focused');
    // Following the link moves to #main and puts focus there (main has tabindex="-1").
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/, { timeout: 5000 });
    await page.waitForFunction(() => document.activeElement?.id === 'main', undefined, { timeout: 5000 });
  });

  test('the language switch leads to Dutch, and the choice is remembered for /', async () => {
    await page.goto(`${server.url}/en/`);
    await page
      .getByRole('navigation', { name: en.t('site.languageSwitch') })
      .getByRole('link', { name: nl.t('site.languageName.nl') })
      .click();
    await page.waitForURL(`${server.url}/nl/`);
    assert.equal(await htmlLang(page), 'nl');
    assert.equal(await heading(page), nl.t('home.title'));
    assert.ok(
      (await page.locator('header').innerText()).includes(nl.t('nav.library')),
      'the navigation is in Dutch',
    );
    const cookies = await journey.context.cookies(server.url);
    assert.equal(cookies.find((c) => c.name === 'helix_locale')?.value, 'nl');
    // A new visit to / lands on /nl/ despite the English Accept-Language.
    const second = await journey.context.newPage();
    await second.goto(`${server.url}/`);
    assert.equal(new URL(second.url()).pathname, '/nl/');
    assert.equal(await htmlLang(second), 'nl');
    await second.close();
    await assertNoA11yViolations(page, 'the Dutch home page');
    await screenshot(page, 'home-nl');
  });

  test('a wrong password shows the error and keeps the typed e-mail address', async () => {
    await page.goto(`${server.url}/nl/`);
    await page
      .getByRole('banner')
      .getByRole('link', { name: nl.t('nav.signIn') })
      .click();
    await page.waitForURL(`${server.url}/nl/sign-in`);
    assert.equal(await heading(page), nl.t('auth.signIn.title'));
    await assertNoA11yViolations(page, 'the Dutch sign-in page');
    await screenshot(page, 'sign-in-nl');

    const signIn = new SignInPage(page, server.url, 'nl');
    await signIn.fill({ email: editor.email, password: 'not-the-password' });
    const response = await signIn.submit();
    assert.equal(response.status(), 401);
    await page.waitForLoadState();
    assert.ok(await signIn.errorSummary.isVisible());
    assert.ok((await signIn.errorSummary.innerText()).includes(nl.t('auth.signIn.failed')));
    assert.equal(await signIn.email.inputValue(), editor.email);
    assert.equal(await signIn.password.inputValue(), '', 'the password is never sent back');
    await assertNoA11yViolations(page, 'the sign-in page after a failed attempt');
    await screenshot(page, 'sign-in-failed-nl');
  });

  test('the demo editor signs in, sees the account page, and signs out', async () => {
    const signIn = new SignInPage(page, server.url, 'nl');
    await signIn.open();
    await signIn.fill(editor);
    await signIn.submit();
    await page.waitForURL(`${server.url}/nl/`);
    assert.equal(
      (await page.locator('main .notice[role="status"]').innerText()).trim(),
      nl.t('auth.signedIn'),
    );
    const header = page.getByRole('banner');
    const accountLink = header.getByRole('link', { name: nl.t('nav.account') });
    assert.ok(await accountLink.isVisible(), 'the header shows the account link');
    assert.equal(
      await header.getByRole('link', { name: nl.t('nav.signIn') }).count(),
      0,
      'no sign-in link once signed in',
    );
    await assertNoA11yViolations(page, 'the home page, signed in');
    await screenshot(page, 'home-signed-in-nl');

    await accountLink.click();
    await page.waitForURL(`${server.url}/nl/account`);
    assert.equal(await heading(page), nl.t('account.title'));
    assert.ok((await page.locator('main').innerText()).includes(editor.email));
    await assertNoA11yViolations(page, 'the account page');
    await screenshot(page, 'account-nl');

    await header.getByRole('button', { name: nl.t('nav.signOut') }).click();
    await page.waitForURL(`${server.url}/nl/`);
    assert.equal(
      (await page.locator('main .notice[role="status"]').innerText()).trim(),
      nl.t('auth.signedOut'),
    );
    assert.ok(await header.getByRole('link', { name: nl.t('nav.signIn') }).isVisible());
    assert.equal(await header.getByRole('link', { name: nl.t('nav.account') }).count(), 0);
    await assertNoA11yViolations(page, 'the home page after signing out');
  });

  test('the English sign-in page is accessible', async () => {
    await page.goto(`${server.url}/en/sign-in`);
    assert.equal(await htmlLang(page), 'en');
    await assertNoA11yViolations(page, 'the English sign-in page');
    await screenshot(page, 'sign-in-en');
  });

  test('on a 375px-wide phone the home page fits and stays accessible', async () => {
    await onPhone(journey, 'en-GB', async (mobile) => {
      await mobile.goto(`${server.url}/en/`);
      assert.equal(await heading(mobile), en.t('home.title'));
      await assertNoSidewaysScroll(mobile);
      await assertNoA11yViolations(mobile, 'the home page at 375px');
      await screenshot(mobile, 'home-en-mobile');
      await screenshot(mobile, 'home-en-mobile-top', { fullPage: false });
      await mobile.goto(`${server.url}/nl/sign-in`);
      await assertNoSidewaysScroll(mobile);
      await screenshot(mobile, 'sign-in-nl-mobile', { fullPage: false });
    });
  });
});
