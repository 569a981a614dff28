import { dirname } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxWithAddon, type FixtureTab, GUIDE_HOST, guideState, startFirefox } from '../support/firefox';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';

/*
 * Firefox runs the progress owner in an MV2 background page, not a service worker, and names the
 * sending tab its own way: the countdown must still be one for both tabs.
 */

async function show(tab: FixtureTab, file: string): Promise<void> {
  const fixture = fixtureCases().find((candidate) => candidate.file === file);
  if (!fixture) throw new Error(`no fixture ${file}`);
  await tab.show(fixture.url, fixtureHtml(fixture), dirname(fixturePath(fixture)));
  expect((await guideState(tab.page, { step: fixture.step, target: fixture.target })).step).toBe(fixture.step);
}

/** Seconds on the panel's countdown (in its shadow root), null when none shows, after `settle` ms. */
async function countdownSeconds(page: Page, settle = 1_500): Promise<number | null> {
  await new Promise((done) => setTimeout(done, settle));
  const text = await page.evaluate(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[role="timer"]')?.textContent ?? null,
    GUIDE_HOST,
  );
  const [, minutes, seconds] = /(\d+):(\d\d)/.exec(text ?? '') ?? [];
  return text === null ? null : Number(minutes) * 60 + Number(seconds);
}

describe('two tabs in Firefox', () => {
  let firefox: FirefoxWithAddon;
  beforeAll(async () => {
    firefox = await startFirefox();
  });
  afterAll(async () => firefox?.close());

  it('one countdown: another tab showing the send button does not restart it; the link used ends it', async () => {
    const first = await firefox.openTab();
    await show(first, 'g3/en/verify-email.html');
    await show(first, 'g3/en/email-sent.html');
    const atSend = await countdownSeconds(first.page);
    expect(atSend).toBeGreaterThan(14 * 60);

    const second = await firefox.openTab();
    await show(second, 'g3/en/verify-email.html');
    await new Promise((done) => setTimeout(done, 3_000));
    await show(first, 'g3/en/email-sent.html');
    const later = await countdownSeconds(first.page);
    expect(later).not.toBeNull();
    expect(later as number).toBeLessThanOrEqual((atSend as number) - 3);

    await show(second, 'g3/en/verify-phone.html');
    expect(await countdownSeconds(second.page)).toBeNull();
    expect(await countdownSeconds(first.page)).toBeNull();
    expect(firefox.networkAttempts()).toEqual([]);
    await Promise.all([first.close(), second.close()]);
  });
});
