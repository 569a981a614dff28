import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../locales/en';
import { OFFER_TEXT } from '../../locales/offer';
import { fixtureDir } from '../../scripts/lib/serve-fixture';
import { type ExtensionBrowser, GUIDE_HOST, guideStep, openPage, startExtensionBrowser } from '../support/extension';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';
import { clickThroughRing, encloses, expectRingAround, pageElement, panel, ring } from '../support/guide-page';

const fixture = (file: string) => {
  const found = fixtureCases().find((candidate) => candidate.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
};

async function openFixture(browser: ExtensionBrowser, file: string): Promise<Page> {
  const page = fixture(file);
  const tab = await openPage(browser.context, page.url, fixtureHtml(page), fixtureDir(fixturePath(page)));
  await tab.setViewportSize({ width: 1280, height: 800 });
  expect(await guideStep(tab)).toBe(page.step);
  return tab;
}

const countdown = (page: Page) => page.locator(GUIDE_HOST).getByRole('timer');
const secondsLeft = async (page: Page) => {
  const text = (await countdown(page).textContent()) ?? '';
  const [, minutes, seconds] = /(\d+):(\d\d)/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(seconds);
};

describe('walking the whole G3 flow with only the guide', () => {
  let browser: ExtensionBrowser;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await startExtensionBrowser();
    browser.context.on('request', (request) => requests.push(request.url()));
  });
  afterAll(async () => browser?.close());

  it('leaves daily sign-in pages alone but for a small offer', async () => {
    for (const file of ['g3/en/signin-email.html', 'g3/en/signin-password.html']) {
      const page = await openFixture(browser, file);
      await expect
        .poll(() => page.locator(GUIDE_HOST).getByRole('button', { name: OFFER_TEXT.en.open }).count())
        .toBe(1);
      expect(await panel(page).count()).toBe(0);
      expect(await ring(page).count()).toBe(0);
      await page.close();
    }
  });

  it('leads from the MFA prompt to "Sign in to the console", the email link opening a new tab', async () => {
    const mfa = await openFixture(browser, 'g3/en/mfa-prompt.html');
    await mfa.locator(GUIDE_HOST).getByRole('button', { name: OFFER_TEXT.en.open }).click();
    await expect.poll(() => panel(mfa).count()).toBe(1);
    expect(await clickThroughRing(mfa, await expectRingAround(mfa, 'Troubleshoot MFA'))).toBe('Troubleshoot MFA');
    await mfa.close();

    const troubleshoot = await openFixture(browser, 'g3/en/mfa-troubleshoot.html');
    const troubleshootRing = await expectRingAround(troubleshoot, 'Sign in using alternative factors');
    expect(await clickThroughRing(troubleshoot, troubleshootRing)).toBe('Sign in using alternative factors');
    await troubleshoot.close();

    const verifyEmail = await openFixture(browser, 'g3/en/verify-email.html');
    expect(await panel(verifyEmail).getByText(en.warnings['press-send-at-once']).count()).toBe(1);
    const sendRing = await expectRingAround(verifyEmail, 'Send verification email');
    expect(await clickThroughRing(verifyEmail, sendRing)).toBe('Send verification email');
    await verifyEmail.close();

    const emailSent = await openFixture(browser, 'g3/en/email-sent.html');
    await expect.poll(() => countdown(emailSent).count()).toBe(1);
    expect(await ring(emailSent).isHidden()).toBe(true);
    const atSend = await secondsLeft(emailSent);
    expect(atSend).toBeGreaterThan(14 * 60);
    await emailSent.waitForTimeout(2_000);
    await emailSent.reload();
    await expect.poll(() => countdown(emailSent).count()).toBe(1);
    expect(await secondsLeft(emailSent)).toBeLessThan(atSend);

    // The email's link opens in a new tab: the link is used, so the countdown ends in every tab (spec v2 §4).
    const verifyPhone = await openFixture(browser, 'g3/en/verify-phone.html');
    await expect.poll(() => panel(verifyPhone).count()).toBe(1);
    await expect.poll(() => countdown(emailSent).count()).toBe(0);
    expect(await countdown(verifyPhone).count()).toBe(0);
    expect(await panel(verifyPhone).getByText(en.warnings['english-voice-keypad']).count()).toBe(1);
    expect(await clickThroughRing(verifyPhone, await expectRingAround(verifyPhone, 'Call me now'))).toBe('Call me now');
    await Promise.all([emailSent.close(), verifyPhone.close()]);

    const call = await openFixture(browser, 'g3/en/phone-call.html');
    expect(await panel(call).getByText(en.steps['phone-call'].action).count()).toBe(1);
    expect(await ring(call).isHidden()).toBe(true);
    await call.close();

    const complete = await openFixture(browser, 'g3/en/recovery-complete.html');
    const consoleRing = await expectRingAround(complete, 'Sign in to the console');
    expect(await clickThroughRing(complete, consoleRing)).toBe('Sign in to the console');
    await complete.close();
  });

  it('after recovery: rings the MFA section to remove the lost device, then "Assign MFA device"', async () => {
    const page = await openFixture(browser, 'g3/en/security-credentials.html');
    const remove = await (await pageElement(page, 'Remove')).boundingBox();
    const lostDevice = await (await pageElement(page, 'arn:aws:iam::123456789012:mfa/old-iphone')).boundingBox();
    const sectionRing = await expectRingAround(page, 'Assign MFA device');
    expect(remove && encloses(sectionRing, remove)).toBe(true);
    expect(lostDevice && encloses(sectionRing, lostDevice)).toBe(true);
    await panel(page).getByRole('button', { name: en.replaceDevice.removed }).click();
    await expect.poll(async () => (await ring(page).boundingBox())?.height).toBeLessThan(sectionRing.height);
    const assignRing = await expectRingAround(page, 'Assign MFA device');
    expect(remove && encloses(assignRing, remove)).toBe(false);
    expect(await clickThroughRing(page, assignRing)).toBe('Assign MFA device');
    await page.close();
  });

  it('highlights nothing on a page it does not recognise, and says so', async () => {
    const page = await openFixture(browser, 'negative/hidden-steps-only.html');
    await expect.poll(() => panel(page).getByText(en.steps.unknown.title).count()).toBe(1);
    expect(await ring(page).isHidden()).toBe(true);
    await page.close();
  });

  it('made no request but for the pages themselves', () => {
    const pages = new Set(fixtureCases().map((page) => page.url.split('#')[0]));
    // Chromium itself asks each site for its icon; the extension asks for nothing.
    const strays = requests.filter((url) => !pages.has(url.split('#')[0]) && new URL(url).pathname !== '/favicon.ico');
    expect(requests.length).toBeGreaterThan(5);
    expect(strays).toEqual([]);
  });

  it('stored only the flow’s progress and the panel’s preferences', async () => {
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`${browser.origin}/popup.html`);
    const stored = await extensionPage.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.local.get(null),
    );
    await extensionPage.close();
    // Preferences left at their defaults are not stored at all.
    expect(Object.keys(stored).filter((key) => key !== 'preferences')).toEqual(['progress']);
    expect(Object.keys(stored.progress as object).sort()).toEqual(
      ['emailSentAt', 'engaged', 'lastStep', 'linkUsedAt', 'lostDeviceRemoved', 'tabs', 'updatedAt', 'version'].sort(),
    );
    if (stored.preferences) {
      expect(Object.keys(stored.preferences as object).sort()).toEqual([
        'collapsed',
        'dock',
        'language',
        'offerDismissed',
        'version',
      ]);
    }
    const json = JSON.stringify(stored);
    for (const seenOnThePages of ['@', 'example.com', '1234', 'FAKE-TOKEN', 'Send verification email']) {
      expect(json).not.toContain(seenOnThePages);
    }
  });

  it('has no serious or critical accessibility violations in the panel', async () => {
    const page = await openFixture(browser, 'g3/en/verify-phone.html');
    await expect.poll(() => panel(page).count()).toBe(1);
    const results = await new AxeBuilder({ page }).analyze();
    const ours = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .filter((violation) => violation.nodes.some((node) => JSON.stringify(node.target).includes(GUIDE_HOST)));
    expect(ours.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.close();
  });
});

describe('the ring follows its target', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const url = 'https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail';
  const html = `<!doctype html><html lang="en"><body style="margin:0">
    <h1>Sign in using alternative factors of authentication</h1>
    <div id="scroller" style="height:300px; width:500px; overflow:auto; border:1px solid">
      <div style="height:900px">Step 1: Email address verification</div>
      <div id="slot"><button id="send">Send verification email</button></div>
      <div style="height:900px"></div>
    </div></body></html>`;

  beforeAll(async () => {
    browser = await startExtensionBrowser();
    page = await openPage(browser.context, url, html);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await guideStep(page)).toBe('verify-email');
  });
  afterAll(async () => browser?.close());

  it('through scrolling a container', async () => {
    await expectRingAround(page, 'Send verification email');
    await page.evaluate(() => {
      const scroller = document.getElementById('scroller') as HTMLElement;
      scroller.scrollTop = (document.getElementById('send') as HTMLElement).offsetTop - 250;
    });
    const before = await (await pageElement(page, 'Send verification email')).boundingBox();
    const after = await expectRingAround(page, 'Send verification email');
    expect(before && encloses(after, before)).toBe(true);
  });

  it('is hidden while the target is scrolled out of its container', async () => {
    await page.evaluate(() => {
      (document.getElementById('scroller') as HTMLElement).scrollTop = 0;
    });
    await expect.poll(() => ring(page).isHidden()).toBe(true);
  });

  it('after the page re-renders the button', async () => {
    await page.evaluate(() => {
      const scroller = document.getElementById('scroller') as HTMLElement;
      scroller.scrollTop = 800;
      const slot = document.getElementById('slot') as HTMLElement;
      const fresh = document.createElement('button');
      fresh.textContent = 'Send verification email';
      fresh.style.marginLeft = '200px';
      slot.replaceChildren(fresh);
    });
    const ringBox = await expectRingAround(page, 'Send verification email');
    expect(await clickThroughRing(page, ringBox)).toBe('Send verification email');
  });

  it('pulses when it reaches a target, stops within 5 s (WCAG 2.2.2), and pulses again on the next', async () => {
    const pulse = () =>
      page.evaluate((host) => {
        const ringElement = document.querySelector(host)?.shadowRoot?.querySelector('[data-role="highlight"]');
        const [animation] = ringElement?.getAnimations({ subtree: true }) ?? [];
        if (!animation) return null;
        return { elapsed: Number(animation.currentTime), end: Number(animation.effect?.getComputedTiming().endTime) };
      }, GUIDE_HOST);
    await page.waitForTimeout(1_000);
    const onFirst = await pulse();
    expect(onFirst?.end).toBeLessThanOrEqual(5_000);
    expect(onFirst?.elapsed).toBeGreaterThanOrEqual(900);

    await page.evaluate(() => {
      const fresh = document.createElement('button');
      fresh.textContent = 'Send verification email';
      (document.getElementById('slot') as HTMLElement).replaceChildren(fresh);
    });
    await expectRingAround(page, 'Send verification email');
    expect((await pulse())?.elapsed).toBeLessThan(500);
  });

  it('and disappears when the page no longer has one', async () => {
    await page.evaluate(() => document.querySelector('#slot button')?.setAttribute('disabled', ''));
    await expect.poll(() => ring(page).isHidden()).toBe(true);
  });
});
