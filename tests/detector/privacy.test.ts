import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { detectorBundle } from '../../scripts/lib/detector-bundle';
import { fixtureDir, serveFixture } from '../../scripts/lib/serve-fixture';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';
import { TRAPS } from '../support/privacy-traps';

// The detector reads AWS's pages on every visit (the private copy has its own test: redact.test.ts). Here it runs in the page's own world on
// every fixture, with what a person typed in every field and a token blob in <meta>, and with
// traps on every way to read them: it must trip none.
let browser: Browser;
let page: Page;
let bundle: string;
beforeAll(async () => {
  [browser, bundle] = await Promise.all([launchChromium(), detectorBundle()]);
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('the detector never reads what a person typed or the page tokens', () => {
  it.each(fixtureCases())('$file', async (fixture) => {
    await page.goto('about:blank');
    await serveFixture(page, fixture.url, fixtureHtml(fixture), fixtureDir(fixturePath(fixture)));
    await page.goto(fixture.url, { waitUntil: 'load' });
    await page.evaluate(() => {
      for (const field of document.querySelectorAll<HTMLInputElement>('input:not([type=submit]):not([type=button])')) {
        if (field.type === 'text' || field.type === 'email' || field.type === 'password' || field.type === 'tel') {
          field.value = 'secret-typed-by-the-person';
        }
      }
      const meta = document.createElement('meta');
      meta.name = 'attributes';
      meta.content = 'token=SECRET';
      document.head?.append(meta);
    });
    await page.evaluate(TRAPS);
    await page.evaluate(bundle);
    const reads = await page.evaluate((url) => {
      (globalThis as unknown as { __awsMfaDetector: { detect(u: string): unknown } }).__awsMfaDetector.detect(url);
      return (globalThis as unknown as { privacyReads: string[] }).privacyReads;
    }, fixture.url);
    expect(reads).toEqual([]);
  });

  it('would notice a read (the traps work)', async () => {
    await page.setContent('<input value="x"><meta name="attributes" content="t">');
    await page.evaluate(TRAPS);
    const reads = await page.evaluate(() => {
      void document.querySelector('input')?.value;
      void document.querySelector('meta')?.getAttribute('content');
      return (globalThis as unknown as { privacyReads: string[] }).privacyReads;
    });
    expect(reads).toEqual(['HTMLInputElement.value', 'meta.getAttribute(content)']);
  });
});
