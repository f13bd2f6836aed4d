// The editorial journey in headless Chromium against the real server with the demo seeded: the
// demo member (Astra) creates a tool and submits it for review; the demo editor finds it in the
// review queue, reads the preview and publishes it; the public item page shows it. axe checks
// every editorial page on the way, at desktop and phone widths.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { translator } from '../../src/i18n/index.ts';
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts.ts';
import {
  assertNoA11yViolations,
  browserSkipReason,
  screenshot,
  startJourney,
  stopJourney,
  type Journey,
} from '../helpers/browser.ts';
import { assertNoSidewaysScroll, SignInPage } from './pages.ts';

const en = translator('en');
const member = DEMO_ACCOUNTS.find((a) => a.email === 'member@example.org')!;
const editor = DEMO_ACCOUNTS.find((a) => a.email === 'editor@example.org')!;
const TITLE = 'Helix journey toolkit for STEM teachers';

const skip = browserSkipReason();

describe('editorial journey: a member drafts and submits, an editor publishes', { skip }, () => {
  let journey: Journey;
  let editUrl = '';
  /** Each reader gets a page of its own (a fresh context: nobody is signed in). */
  const newPage = (width?: number) => journey.newPage({ width });

  before(async () => {
    journey = await startJourney({ locale: 'en-GB' });
  });
  after(() => stopJourney(journey));

  test('the member creates a tool for Astra and submits it for review', async () => {
    const page = await newPage();
    await new SignInPage(page, journey.server.url).signIn(member);
    await page.goto(`${journey.server.url}/en/editorial`);
    assert.equal((await page.locator('main h1').innerText()).trim(), en.t('editorial.dashboard.title'));
    await assertNoA11yViolations(page, 'member dashboard');

    await page.getByRole('link', { name: en.t('editorial.newItem') }).click();
    await assertNoA11yViolations(page, 'type chooser');
    await page.getByLabel(en.t('type.tool'), { exact: true }).check();
    await page.getByRole('button', { name: en.t('editorial.continue') }).click();
    assert.match(page.url(), /\/en\/editorial\/items\/new\?type=tool$/);
    await assertNoA11yViolations(page, 'new tool form');

    // First with a bad web address: the form comes back with the message and what was typed.
    await page.getByLabel(en.t('editorial.field.title')).fill(TITLE);
    await page.getByLabel(en.t('field.externalUrl')).fill('javascript:alert(1)');
    await page.getByRole('button', { name: en.t('editorial.createDraft') }).click();
    assert.ok(await page.locator('.error-summary').isVisible());
    assert.equal(await page.getByLabel(en.t('editorial.field.title')).inputValue(), TITLE);
    await assertNoA11yViolations(page, 'new tool form with errors');
    await screenshot(page, 'editorial-new-errors');

    await page
      .getByLabel(en.t('editorial.field.summary'))
      .fill('A toolkit that helps teachers bring STEM careers into their lessons.');
    await page
      .getByLabel(en.t('editorial.field.body'))
      .fill('Teachers use it to plan **guest lessons** and company visits.\n\n- lesson plans\n- a checklist');
    await page.getByLabel(en.t('field.externalUrl')).fill('https://example.org/toolkit');
    await page
      .getByRole('group', { name: en.t('field.countries') })
      .getByLabel('Denmark')
      .check();
    await page
      .getByRole('group', { name: en.t('field.levels') })
      .getByLabel(en.t('level.secondary'))
      .check();
    await page
      .getByRole('group', { name: en.t('field.themes') })
      .getByLabel(en.t('theme.teachers'))
      .check();
    await page.getByRole('button', { name: en.t('editorial.createDraft') }).click();
    await page.waitForURL(/\/en\/editorial\/items\/[^/?]+$/);
    editUrl = page.url();
    assert.ok(await page.getByText(en.t('editorial.flash.created')).isVisible());
    await assertNoA11yViolations(page, 'edit page');
    await screenshot(page, 'editorial-edit');

    await page.getByRole('link', { name: `${en.t('editorial.edit.editText')} (English)` }).click();
    await assertNoA11yViolations(page, 'version editor');
    assert.ok(
      await page.locator('.ed-preview').getByText('guest lessons').isVisible(),
      'the preview renders the Markdown',
    );
    await page.getByRole('button', { name: `${en.t('editorial.action.submit')} (English)` }).click();
    await page.waitForURL(editUrl);
    assert.ok(await page.getByText(en.t('editorial.flash.submit', { language: 'English' })).isVisible());
    assert.ok(await page.locator('.ed-state-review').first().isVisible());
    assert.equal(
      await page.getByRole('button', { name: `${en.t('editorial.action.publish')} (English)` }).count(),
      0,
      'members cannot publish',
    );
  });

  test('the editor finds it in the review queue and publishes it', async () => {
    const page = await newPage();
    await new SignInPage(page, journey.server.url).signIn(editor);
    await page.goto(`${journey.server.url}/en/editorial`);
    await assertNoA11yViolations(page, 'editor dashboard');
    await screenshot(page, 'editorial-dashboard-editor');
    const queue = page.locator('main table').first();
    await queue.getByRole('link', { name: TITLE }).click();
    await assertNoA11yViolations(page, 'version editor (editor)');
    await screenshot(page, 'editorial-version-editor');
    await page.getByRole('button', { name: `${en.t('editorial.action.publish')} (English)` }).click();
    await page.waitForURL(editUrl);
    assert.ok(await page.getByText(en.t('editorial.flash.publish', { language: 'English' })).isVisible());
    assert.ok(await page.locator('.ed-state-published').first().isVisible());

    await page.getByRole('link', { name: `${en.t('editorial.revisions.title')} (English)` }).click();
    await assertNoA11yViolations(page, 'revisions');
    await page
      .getByRole('link', { name: new RegExp(en.t('editorial.revisions.showChanges')) })
      .first()
      .click();
    await assertNoA11yViolations(page, 'revision diff');
  });

  test('the public item page shows the published text', async () => {
    const page = await newPage();
    const slug = editUrl.split('/').pop()!;
    const response = await page.goto(`${journey.server.url}/en/library/${slug}`);
    assert.equal(response?.status(), 200);
    assert.ok(await page.getByRole('heading', { level: 1, name: TITLE }).isVisible());
    assert.ok(await page.getByText('guest lessons').isVisible());
  });

  test('the editorial pages work at 375 px without sideways scrolling', async () => {
    const page = await newPage(375);
    await new SignInPage(page, journey.server.url).signIn(member);
    for (const [url, name] of [
      [`${journey.server.url}/en/editorial`, 'dashboard'],
      [editUrl, 'edit'],
      [`${editUrl}/versions/en`, 'version'],
      [`${journey.server.url}/en/editorial/items/new?type=event`, 'new-event'],
    ] as const) {
      await page.goto(url);
      await assertNoSidewaysScroll(page);
      await assertNoA11yViolations(page, `${name} at 375 px`);
      await screenshot(page, `editorial-${name}-375`);
    }
  });
});
