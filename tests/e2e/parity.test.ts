import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { awsSite, CONTENT_SCRIPT_MATCHES } from '../../lib/hosts';
import { fixtureDir, serveFixture } from '../../scripts/lib/serve-fixture';
import { type ExtensionBrowser, GUIDE_HOST, startExtensionBrowser } from '../support/extension';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';

// The content script decides in Chromium exactly what tests/detector/ proved `npm run detect`
// answers for the same page (the expected answer in cases.json): the CLI and the extension agree.
const SETTLE_MS = 1500;
const runsOn = (url: string) => CONTENT_SCRIPT_MATCHES.some((pattern) => new MatchPattern(pattern).includes(url));

let browser: ExtensionBrowser;
let tab: Page;
beforeAll(async () => {
  browser = await startExtensionBrowser();
  tab = await browser.context.newPage();
});
afterAll(async () => browser?.close());

async function open(fixture: ReturnType<typeof fixtureCases>[number]) {
  await tab.goto('about:blank');
  await serveFixture(tab, fixture.url, fixtureHtml(fixture), fixtureDir(fixturePath(fixture)));
  await tab.goto(fixture.url, { waitUntil: 'load' });
}

describe('the content script agrees with the CLI on every fixture', () => {
  const cases = fixtureCases();

  it.each(cases.filter((fixture) => runsOn(fixture.url)))('$file', async (fixture) => {
    await open(fixture);
    const host = tab.locator(`${GUIDE_HOST}[data-step]`);
    await host.waitFor({ state: 'attached' });
    // One more frame: the watcher coalesces detections per animation frame.
    await tab.evaluate(() => new Promise(requestAnimationFrame));
    expect({ step: await host.getAttribute('data-step'), target: await host.getAttribute('data-target') }).toEqual({
      step: fixture.step,
      target: fixture.target,
    });
  });

  it.each(cases.filter((fixture) => !runsOn(fixture.url) && awsSite(new URL(fixture.url)) === null))(
    '$file: not an AWS host, so no guide at all',
    async (fixture) => {
      await open(fixture);
      await tab.waitForTimeout(SETTLE_MS);
      expect(await tab.locator(GUIDE_HOST).count()).toBe(0);
    },
  );
});
