// A reader finds the members on the map of Europe: the Dutch members page with its map, a map
// link to a country page, on to an organisation page — with axe on every page, on a desktop and
// on a 375px-wide phone. Screenshots land in .tmp/screenshots/ for a person to look at.
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
import { assertNoSidewaysScroll, heading } from './pages.ts';

const nl = translator('nl');
const skip = browserSkipReason();

describe('members journey: map, country, organisation', { skip }, () => {
  let journey: Journey;
  let server: DemoServer;
  let page: Page;

  before(async () => {
    journey = await startJourney({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    ({ server, page } = journey);
  });
  after(() => stopJourney(journey));

  test('the Dutch members page shows the map of Europe beside the table, and is accessible', async () => {
    const response = await page.goto(`${server.url}/nl/members`);
    assert.equal(response?.status(), 200);
    assert.equal(await heading(page), nl.t('members.title'));
    const map = page.getByRole('group', { name: nl.t('members.map.title') });
    assert.ok(await map.isVisible(), 'the map is visible');
    const box = await map.boundingBox();
    assert.ok(box && box.width > 400 && box.height > 300, `the map has room: ${JSON.stringify(box)}`);
    const links = map.getByRole('link');
    assert.ok((await links.count()) >= 10, 'member countries are links on the map');
    const table = page.getByRole('table', { name: nl.t('members.table.caption') });
    assert.ok(await table.isVisible());
    assert.ok((await table.getByRole('row', { name: /Nederland/ }).innerText()).includes('1'));
    await assertNoA11yViolations(page, 'the Dutch members page');
    await screenshot(page, 'members-nl');
    await screenshot(page, 'members-nl-top', { fullPage: false });
  });

  test('a country on the map leads to its country page', async () => {
    await page.goto(`${server.url}/nl/members`);
    const map = page.getByRole('group', { name: nl.t('members.map.title') });
    const netherlands = map.getByRole('link', {
      name: nl.t('members.map.countryLabel', { country: 'Nederland', count: 1 }),
    });
    await netherlands.focus();
    await screenshot(page, 'members-nl-map-focus', { fullPage: false });
    await netherlands.click();
    await page.waitForURL(`${server.url}/nl/countries/netherlands`);
    assert.equal(await heading(page), 'Nederland');
    assert.ok(await page.getByRole('link', { name: 'Platform Talent for Technology' }).isVisible());
    await assertNoA11yViolations(page, 'the Dutch country page');
    await screenshot(page, 'country-nl');
  });

  test('the country page leads to the organisation page, with what is linked to it', async () => {
    await page.getByRole('link', { name: 'Platform Talent for Technology' }).first().click();
    await page.waitForURL(`${server.url}/nl/organisations/ptvt`);
    assert.equal(await heading(page), 'Platform Talent for Technology');
    const main = await page.locator('main').innerText();
    assert.ok(main.includes('PBT'), 'the aliases are shown');
    assert.ok(main.includes(nl.t('organisations.linked')));
    await assertNoA11yViolations(page, 'an organisation page');
    await screenshot(page, 'organisation-ptvt-nl');
  });

  test('the organisations directory and the events page are accessible too', async () => {
    await page.goto(`${server.url}/nl/organisations?country=NL`);
    await assertNoA11yViolations(page, 'the organisations directory');
    await screenshot(page, 'organisations-nl');
    await page.goto(`${server.url}/en/events`);
    assert.equal(await heading(page), translator('en').t('events.title'));
    await assertNoA11yViolations(page, 'the events page');
    await screenshot(page, 'events-en');
  });

  test('on a 375px-wide phone the members page fits, the map stays legible and accessible', async () => {
    await onPhone(journey, 'nl-NL', async (mobile) => {
      await mobile.goto(`${server.url}/nl/members`);
      await assertNoSidewaysScroll(mobile);
      const box = await mobile.getByRole('group', { name: nl.t('members.map.title') }).boundingBox();
      assert.ok(box && box.width >= 320, `the map uses the width of the phone: ${JSON.stringify(box)}`);
      await assertNoA11yViolations(mobile, 'the members page at 375px');
      await screenshot(mobile, 'members-nl-mobile');
      await screenshot(mobile, 'members-nl-mobile-top', { fullPage: false });
      for (const path of ['/nl/countries/netherlands', '/nl/organisations/ptvt', '/nl/events']) {
        await mobile.goto(`${server.url}${path}`);
        await assertNoSidewaysScroll(mobile);
        await screenshot(mobile, `${path.slice(4).replace(/\//g, '-')}-nl-mobile`, { fullPage: false });
      }
    });
  });
});
