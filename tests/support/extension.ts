import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { GUIDE_HOST_SELECTOR as GUIDE_HOST } from '../../lib/guide-host';
import { extensionOrigin, launchWithExtension } from '../../scripts/lib/chromium';
import { serveFixture } from '../../scripts/lib/serve-fixture';

export const CHROME_BUILD_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
export { GUIDE_HOST_SELECTOR as GUIDE_HOST } from '../../lib/guide-host';

export interface ExtensionBrowser {
  context: BrowserContext;
  /** `chrome-extension://<id>` of the loaded build, for its popup and its own pages. */
  origin: string;
  close(): Promise<void>;
}

/** Chromium with the built Chrome extension; fails loudly if `npm run build` has not run. */
export async function startExtensionBrowser(options: { locale?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${CHROME_BUILD_DIR}: run "npm run build" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'aws-mfa-guide-profile-'));
  const context = await launchWithExtension(CHROME_BUILD_DIR, profile, options);
  return {
    context,
    origin: extensionOrigin(CHROME_BUILD_DIR),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `html` at `url` (served by interception) in a new tab of the context. */
export async function openPage(
  context: BrowserContext,
  url: string,
  html: string | Buffer,
  fileDir?: string,
): Promise<Page> {
  const page = await context.newPage();
  await serveFixture(page, url, typeof html === 'string' ? Buffer.from(html) : html, fileDir);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The guide's host element's `data-step`, once the content script has judged the page. */
export async function guideStep(page: Page, timeout = 10_000): Promise<string | null> {
  const host = page.locator(`${GUIDE_HOST}[data-step]`);
  await host.waitFor({ state: 'attached', timeout });
  return host.getAttribute('data-step');
}
