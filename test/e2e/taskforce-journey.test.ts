// The taskforce journey in headless Chromium on the seeded demo: the STEAMsare dossier with its
// timeline in order, following the BTM entry to the tool, printing the dossier to PDF, and a
// support request travelling from the public form into the editor's inbox — axe on every page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts.ts';
import {
  assertNoA11yViolations,
  browserSkipReason,
  screenshot,
  SCREENSHOT_DIR,
  type DemoServer,
  startJourney,
  stopJourney,
  type Journey,
} from '../helpers/browser.ts';
import { SignInPage } from './pages.ts';

const skip = browserSkipReason();
const editor = DEMO_ACCOUNTS.find((a) => a.role === 'editor')!;

describe('taskforce journey: dossier, timeline, print, support request to inbox', { skip }, () => {
  let journey: Journey;
  let server: DemoServer;
  let page: Page;

  before(async () => {
    journey = await startJourney({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    ({ server, page } = journey);
  });
  after(() => stopJourney(journey));

  test('the overview lists ongoing and finalised dossiers with a map', async () => {
    await page.goto(`${server.url}/en/taskforces`);
    await assert.doesNotReject(page.locator('svg.europe-map').waitFor());
    const tables = page.locator('table.dossier-table');
    assert.equal(await tables.count(), 2);
    assert.match(await tables.first().innerText(), /STEAMsare/);
    await assertNoA11yViolations(page, 'the taskforce overview');
    await screenshot(page, 'taskforces-overview', { fullPage: true });
  });

  test('the STEAMsare dossier shows its facts and a timeline newest first, programmes apart', async () => {
    await page
      .getByRole('link', { name: /STEAMsare/ })
      .first()
      .click();
    await page.waitForURL(/\/en\/taskforces\/steamsare-basque-country$/);
    assert.match(await page.locator('.dossier-facts').innerText(), /InnoBasque[\s\S]*February 7, 2018/);
    const dates = await page
      .locator('ol.timeline time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    assert.ok(dates.length >= 4, `dated entries: ${dates.join(', ')}`);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    assert.ok(dates.includes('2020-01-01') && dates.includes('2018-06-01') && dates.includes('2018-03-15'));
    const undated = await page.locator('ul.timeline-undated .timeline-title').allInnerTexts();
    assert.ok(
      undated.some((t) => /Jet-Net & TechNet/.test(t)),
      `undated group: ${undated.join(' / ')}`,
    );
    assert.match(await page.locator('ol.timeline .timeline-meta').first().innerText(), /^Tool \| PTvT/);
    await assertNoA11yViolations(page, 'the STEAMsare dossier');
    await screenshot(page, 'taskforce-steamsare', { fullPage: true });
  });

  test('the dossier prints as one clean document', async () => {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false, 'no header in print');
    assert.equal(await page.locator('.embed-code').isVisible(), false, 'no embed code in print');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await page.emulateMedia({ media: 'screen' });
    assert.ok(pdf.length > 10_000);
    assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    fs.writeFileSync(path.join(SCREENSHOT_DIR, 'taskforce-steamsare.pdf'), pdf);
  });

  test('the BTM entry leads to the tool', async () => {
    await page.locator('ol.timeline a.timeline-link', { hasText: 'TechMentality' }).first().click();
    await page.waitForURL(/\/en\/library\/beta-techmentality-model$/);
    assert.match(await page.locator('main h1').innerText(), /TechMentality/);
    await assertNoA11yViolations(page, 'the BTM tool page');
  });

  test('a support request sent from the form appears in the editor’s inbox', async () => {
    await page.goto(`${server.url}/en/support`);
    await assertNoA11yViolations(page, 'the support page');
    const organisation = `Journey Region Agency ${Date.now()}`;
    await page.getByLabel('Your organisation').fill(organisation);
    await page.getByLabel('Country').selectOption('FR');
    await page.getByLabel('Contact person').fill('Programme officer');
    await page.getByLabel('E-mail address').fill('officer@example.org');
    await page.getByLabel('Taskforce', { exact: true }).check();
    await page
      .getByLabel('Your challenge')
      .fill('We want to bring schools and technology companies in our region together.');
    await page.getByLabel('Within six months').check();
    await page.getByLabel(/I agree that the coalition stores/).check();
    // A person takes more than a few seconds; the form rejects faster submissions as a bot's.
    await page.waitForTimeout(3500);
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.waitForURL(/\/en\/support\/sent\?ref=SR-/);
    const reference = new URL(page.url()).searchParams.get('ref')!;
    assert.match(await page.locator('main').innerText(), new RegExp(reference));
    await assertNoA11yViolations(page, 'the confirmation page');

    await new SignInPage(page, server.url).signIn(editor);
    await page.goto(`${server.url}/en/support/inbox`);
    const row = page.locator('tr', { hasText: reference });
    assert.match(await row.innerText(), new RegExp(organisation));
    await assertNoA11yViolations(page, 'the inbox');
    await row.getByRole('link', { name: reference }).click();
    assert.match(await page.locator('main h1').innerText(), new RegExp(reference));
    await assertNoA11yViolations(page, 'a request in the inbox');
    await screenshot(page, 'support-request', { fullPage: true });
  });
});
