import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDir, serveFixture } from '../../scripts/lib/serve-fixture';
import { type ExtensionBrowser, GUIDE_HOST, startExtensionBrowser } from '../support/extension';
import { openStorageView } from '../support/extension-storage';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';

/*
 * The email link opens in a new tab while the first stays on the email step: two tabs are the
 * normal case (issue 12). Two tabs step through pages together for a minute; the send time is
 * never lost, the furthest step never goes back, and the countdown never jumps.
 */

const STEPPING_MS = 60_000;

async function show(tab: Page, file: string): Promise<void> {
  const fixture = fixtureCases().find((candidate) => candidate.file === file);
  if (!fixture) throw new Error(`no fixture ${file}`);
  await serveFixture(tab, fixture.url, fixtureHtml(fixture), fixtureDir(fixturePath(fixture)));
  await tab.goto(fixture.url, { waitUntil: 'load' });
  await expect
    .poll(() => tab.locator(`${GUIDE_HOST}[data-step]`).getAttribute('data-step'), { timeout: 10_000 })
    .toBe(fixture.step);
}

const countdownText = (tab: Page) => tab.locator(GUIDE_HOST).getByRole('timer').textContent({ timeout: 5_000 });
function seconds(text: string | null): number {
  const [, minutes, secs] = /(\d+):(\d\d)/.exec(text ?? '') ?? [];
  return Number(minutes) * 60 + Number(secs);
}

interface StoredProgress {
  lastStep: string | null;
  emailSentAt: number | null;
}

describe('two tabs stepping together', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await startExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('for a minute: no lost send time, no rewound step, no countdown jump; the link used ends it in both', async () => {
    const storage = await openStorageView(browser);
    const progress = async () => (await storage.read()).progress as StoredProgress | undefined;

    const first = await browser.context.newPage();
    await show(first, 'g3/en/verify-email.html');
    await show(first, 'g3/en/email-sent.html'); // "Send verification email" pressed in this tab
    await expect.poll(async () => (await progress())?.emailSentAt ?? null).not.toBeNull();
    const sentAt = (await progress())?.emailSentAt as number;
    const expectedLeft = () => 15 * 60 - (Date.now() - sentAt) / 1000;

    // The second tab walks the steps before the email over and over, as a person retrying would;
    // the first keeps going back to its email page (a reload of the sent state is no send).
    const second = await browser.context.newPage();
    const secondPages = ['g3/en/verify-email.html', 'g3/en/mfa-troubleshoot.html', 'g3/en/signin-password.html'];
    const firstPages = ['g3/en/mfa-prompt.html', 'g3/en/email-sent.html'];
    const started = Date.now();
    let rounds = 0;
    while (Date.now() - started < STEPPING_MS) {
      const firstPage = firstPages[rounds % firstPages.length] as string;
      await Promise.all([show(second, secondPages[rounds % secondPages.length] as string), show(first, firstPage)]);
      const stored = await progress();
      expect(stored?.emailSentAt).toBe(sentAt);
      expect(stored?.lastStep).toBe('email-sent');
      if (firstPage.endsWith('email-sent.html')) {
        expect(Math.abs(seconds(await countdownText(first)) - expectedLeft())).toBeLessThanOrEqual(2);
      }
      rounds += 1;
    }
    expect(rounds).toBeGreaterThan(10);

    // The link opens the phone step in the second tab: the link is used, the countdown ends in both.
    await show(second, 'g3/en/verify-phone.html');
    await expect.poll(async () => (await progress())?.lastStep).toBe('verify-phone');
    await expect.poll(() => first.locator(GUIDE_HOST).getByRole('timer').count()).toBe(0);
    expect(await second.locator(GUIDE_HOST).getByRole('timer').count()).toBe(0);
    // The first tab's email page again (a reload) neither rewinds the step nor restarts the countdown.
    await show(first, 'g3/en/email-sent.html');
    await first.locator(GUIDE_HOST).getByRole('complementary').waitFor();
    expect(await first.locator(GUIDE_HOST).getByRole('timer').count()).toBe(0);
    expect(await progress()).toMatchObject({ lastStep: 'verify-phone', emailSentAt: sentAt });
  }, 110_000);
});
