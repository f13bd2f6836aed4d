// Browser tests: playwright-core driving Debian's Chromium (never a downloaded browser), the real
// server on a free port with the demo seeded, and axe-core run inside the page.
// Without Chromium the browser tests skip outside CI; under CI=true a missing browser is a failure.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Result as AxeResult, AxeResults } from 'axe-core';
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Returns false (with a reason) for `{ skip }` outside CI;
 * under CI=true a missing browser throws, so the job fails rather than passing without checks.
 */
export function browserSkipReason(): string | false {
  if (fs.existsSync(CHROMIUM_PATH)) return false;
  const reason = `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`;
  if (process.env.CI === 'true') throw new Error(`CI=true but the browser tests cannot run. ${reason}.`);
  return `${reason} — browser tests skipped (they are required when CI=true)`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface DemoServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  stop(): Promise<void>;
}

/** The real server (startServer), on a fresh SQLite file with the demo content seeded. */
export async function startDemoServer(): Promise<DemoServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(
    loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      DATABASE_URL: `sqlite:${path.join(dir, 'helix.sqlite')}`,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'silent',
      BASE_URL: url,
    }),
  );
  return {
    url,
    async stop() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Run axe-core on the current page (WCAG 2.0/2.1 A and AA plus best practices) and return the
 * violations. The source goes in through the DevTools protocol, which the site's CSP does not
 * govern, so the page is checked under its real policy.
 */
export async function checkA11y(page: Page): Promise<AxeResult[]> {
  const loaded = await page.evaluate('typeof window.axe');
  if (loaded !== 'object') await page.evaluate(`${AXE_SOURCE}\n;void 0;`);
  const options = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] };
  // A string expression: it runs in the page, and the project compiles without the DOM lib.
  const results = (await page.evaluate(`window.axe.run(document, ${JSON.stringify(options)})`)) as AxeResults;
  return results.violations;
}

/** A readable report of axe violations: rule id, impact, help text and the offending nodes. */
export function formatViolations(violations: AxeResult[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Fails with the formatted violations when axe finds any on the current page. */
export async function assertNoA11yViolations(page: Page, label: string): Promise<void> {
  const violations = await checkA11y(page);
  if (violations.length > 0) {
    throw new Error(
      `axe found ${violations.length} violation(s) on ${label} (${page.url()}):\n${formatViolations(violations)}`,
    );
  }
}

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../.tmp/screenshots');

/** Saves a PNG under .tmp/screenshots/ (gitignored) for a person to look at; the whole page by default. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

export interface Journey {
  server: DemoServer;
  browser: Browser;
  /** The journey's first context and page (desktop, in the journey's locale). */
  context: BrowserContext;
  page: Page;
  /** A page in a fresh context (no cookies shared), closed with the journey. */
  newPage(options?: { locale?: string; width?: number }): Promise<Page>;
  /** Every context the journey opened, closed by stopJourney. */
  readonly contexts: BrowserContext[];
}

const DESKTOP = { width: 1280, height: 900 };

/** The phone the journeys check layouts on: 375 px wide, touch, a high-density screen. */
export const PHONE = {
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

/** The demo server and a browser page in a fresh context, for one journey (a describe block). */
export async function startJourney(options: {
  locale: string;
  viewport?: { width: number; height: number };
}): Promise<Journey> {
  const [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  const contexts: BrowserContext[] = [];
  const open = async (settings: Parameters<Browser['newContext']>[0]) => {
    const context = await browser.newContext(settings);
    contexts.push(context);
    return context;
  };
  const context = await open({ locale: options.locale, viewport: options.viewport ?? DESKTOP });
  return {
    server,
    browser,
    context,
    page: await context.newPage(),
    async newPage({ locale = options.locale, width = DESKTOP.width } = {}) {
      return (await open({ locale, viewport: { width, height: DESKTOP.height } })).newPage();
    },
    contexts,
  };
}

/**
 * Run `check` on a page of a phone-sized context (PHONE) in the given locale; the context is
 * closed afterwards, whatever happens.
 */
export async function onPhone(
  journey: Journey,
  locale: string,
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const phone = await journey.browser.newContext({ locale, ...PHONE });
  try {
    await check(await phone.newPage());
  } finally {
    await phone.close();
  }
}

/** Close every context of the journey, the browser and the server (whatever was started). */
export async function stopJourney(journey: Journey | undefined): Promise<void> {
  if (!journey) return;
  for (const context of journey.contexts) await context.close();
  await journey.browser.close();
  await journey.server.stop();
}
