// Page objects shared by the browser journeys: what every page offers (its heading, language and
// fit on a phone) and the sign-in page. The set-up (server, browser, contexts, phone) and the axe
// check are in ../helpers/browser.ts.
import assert from 'node:assert/strict';
import type { Page, Response } from 'playwright-core';
import { translator, type Locale } from '../../src/i18n/index.ts';

// page.evaluate callbacks run in the browser; the project compiles without the DOM lib, so the
// few browser globals they touch are declared here (module scope, not global).
declare const document: { documentElement: { scrollWidth: number } };
declare const window: { innerWidth: number };

/** The page's main heading (the first h1 in main), trimmed. */
export async function heading(page: Page): Promise<string> {
  return (await page.locator('main h1').first().innerText()).trim();
}

/** The page's language (the lang attribute of html). */
export function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

/** Fails when the page is wider than its viewport (it would scroll sideways). */
export async function assertNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(
    scrollWidth <= innerWidth,
    `page scrolls sideways: ${scrollWidth}px of content in a ${innerWidth}px viewport`,
  );
}

/** The sign-in page of one locale, found by its translated labels as a reader finds it. */
export class SignInPage {
  private readonly tr;
  constructor(
    private readonly page: Page,
    private readonly origin: string,
    readonly locale: Locale = 'en',
  ) {
    this.tr = translator(locale);
  }

  get url(): string {
    return `${this.origin}/${this.locale}/sign-in`;
  }

  async open(): Promise<void> {
    await this.page.goto(this.url);
  }

  get email() {
    return this.page.getByLabel(this.tr.t('auth.email'));
  }

  get password() {
    return this.page.getByLabel(this.tr.t('auth.password'));
  }

  get errorSummary() {
    return this.page.locator('.error-summary');
  }

  async fill(account: { email: string; password: string }): Promise<void> {
    await this.email.fill(account.email);
    await this.password.fill(account.password);
  }

  /** Send the form; resolves with the answer to the POST. */
  async submit(): Promise<Response> {
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === 'POST'),
      this.page
        .locator('main')
        .getByRole('button', { name: this.tr.t('auth.signIn.submit') })
        .click(),
    ]);
    return response;
  }

  /** Open the page, sign in, and wait until the site has taken the reader elsewhere. */
  async signIn(account: { email: string; password: string }): Promise<void> {
    await this.open();
    await this.fill(account);
    await this.submit();
    await this.page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
  }
}
