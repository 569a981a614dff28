/**
 * "Download the copy" in Chromium: the file a person gets is the copy they were shown, saved from
 * inside the guide's shadow root, with no link left behind on the page.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GUIDE_HOST_ATTRIBUTE } from '../../lib/guide-host';
import type { InPageRedactor } from '../../lib/redact/in-page';
import { launchChromium } from '../../scripts/lib/chromium';
import { redactorBundle } from '../../scripts/lib/redactor-bundle';
import { fixtureDir, serveFixture } from '../../scripts/lib/serve-fixture';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

it('downloads the copy it was given under its file name, from the shadow root, leaving nothing on the page', async () => {
  const fixture = fixtureCases().find((candidate) => candidate.file === 'g3/en/verify-email.html');
  if (!fixture) throw new Error('no fixture');
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await serveFixture(page, fixture.url, fixtureHtml(fixture), fixtureDir(fixturePath(fixture)));
  await page.goto(fixture.url, { waitUntil: 'load' });
  await page.evaluate(await redactorBundle());

  const [download, copy] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(
      ({ url, attribute }) => {
        const redactor = (globalThis as unknown as { __awsMfaRedactor: InPageRedactor }).__awsMfaRedactor;
        const host = document.createElement('div');
        host.setAttribute(attribute, '');
        const shadow = host.attachShadow({ mode: 'open' });
        document.documentElement.append(host);
        const taken = redactor.redactPage(url);
        redactor.saveHtmlFile(shadow, taken.fileName, taken.html);
        const linksLeft = document.querySelectorAll('a[download]').length + shadow.querySelectorAll('a').length;
        return { ...taken, linksLeft };
      },
      { url: fixture.url, attribute: GUIDE_HOST_ATTRIBUTE },
    ),
  ]);
  expect(download.suggestedFilename()).toBe(copy.fileName);
  expect(readFileSync(await download.path(), 'utf8')).toBe(copy.html);
  expect(copy.html).toContain('Send verification email');
  expect(copy.html).not.toContain('g*****m@example.com');
  expect(copy.linksLeft).toBe(0);
  await context.close();
});
