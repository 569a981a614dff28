import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../locales/en';
import { fixtureDir, serveFixture } from '../../scripts/lib/serve-fixture';
import { type ExtensionBrowser, GUIDE_HOST, startExtensionBrowser } from '../support/extension';
import { openStorageView } from '../support/extension-storage';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';

/*
 * Storage is input (issue 12): every key the extension stores, overwritten with hostile values one
 * by one, while an AWS tab is open and again on a fresh load. The page still gets its guide, the
 * popup still renders sensible text, and the stored value is repaired.
 */

const NOW = Date.now();
const FOREIGN = 'x'.repeat(5_000_000);
const validProgress = {
  version: 1,
  engaged: true,
  lastStep: 'email-sent',
  emailSentAt: NOW,
  linkUsedAt: null,
  lostDeviceRemoved: false,
  tabs: {},
  updatedAt: NOW,
};
const oldProgress = {
  engaged: true,
  lastStep: 'email-sent',
  emailSentAt: NOW,
  lostDeviceRemoved: false,
  updatedAt: NOW,
};
const HOSTILE_PROGRESS: unknown[] = [
  'progress',
  42,
  null,
  [],
  {},
  { ...oldProgress, lastStep: 'take-over' },
  { ...oldProgress, emailSentAt: NOW + 365 * 86_400_000 },
  { ...validProgress, updatedAt: Number.MAX_SAFE_INTEGER },
  { ...validProgress, foreign: FOREIGN },
];
const HOSTILE_PREFERENCES: unknown[] = [
  'ja',
  42,
  [],
  {},
  { language: 'fr' },
  { dock: 'top', collapsed: 'no', offerDismissed: 1 },
  { version: 1, collapsed: false, dock: 'left', language: 'en', offerDismissed: false, foreign: FOREIGN },
];

const HOSTILE_READINESS: unknown[] = [
  'ready',
  7,
  [],
  {},
  { email: 'yes', phone: true },
  { email: true, phone: true, spareDevice: true, rehearsed: true, foreign: FOREIGN },
];

const PROGRESS_FIELDS = [
  'emailSentAt',
  'engaged',
  'lastStep',
  'linkUsedAt',
  'lostDeviceRemoved',
  'tabs',
  'updatedAt',
  'version',
].sort();
const PREFERENCE_FIELDS = ['collapsed', 'dock', 'language', 'offerDismissed', 'version'];

/** A stored value the extension wrote itself: absent, or exactly its versioned shape. */
function isRepaired(key: string, value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record).sort();
  if (key === 'readiness') {
    return (
      JSON.stringify(fields) === JSON.stringify(['email', 'phone', 'rehearsed', 'spareDevice']) &&
      Object.values(record).every((tick) => typeof tick === 'boolean')
    );
  }
  if (key === 'preferences') {
    return (
      JSON.stringify(fields) === JSON.stringify(PREFERENCE_FIELDS) &&
      ['auto', 'en', 'ja'].includes(record.language as string) &&
      ['left', 'right'].includes(record.dock as string)
    );
  }
  return JSON.stringify(fields) === JSON.stringify(PROGRESS_FIELDS) && (record.updatedAt as number) <= Date.now();
}

async function show(tab: Page, file: string): Promise<void> {
  const fixture = fixtureCases().find((candidate) => candidate.file === file);
  if (!fixture) throw new Error(`no fixture ${file}`);
  await serveFixture(tab, fixture.url, fixtureHtml(fixture), fixtureDir(fixturePath(fixture)));
  await tab.goto(fixture.url, { waitUntil: 'load' });
}

async function expectGuide(tab: Page): Promise<void> {
  await expect
    .poll(() => tab.locator(`${GUIDE_HOST}[data-step]`).getAttribute('data-step'), { timeout: 10_000 })
    .toBe('verify-email');
  const panel = tab.locator(GUIDE_HOST).getByRole('complementary');
  await expect.poll(() => panel.getByText(en.steps['verify-email'].title).count(), { timeout: 5_000 }).toBe(1);
}

/** The popup renders its heading and status, with no nonsense time in it. */
async function expectPopup(popup: Page): Promise<void> {
  await popup.reload();
  await popup.getByRole('heading', { name: en.popup.status }).waitFor({ timeout: 5_000 });
  const status = (await popup.locator('section').first().textContent()) ?? '';
  expect(status).not.toMatch(/NaN|undefined/);
  const minutes = /(\d+):\d\d/.exec(status)?.[1];
  if (minutes !== undefined) expect(Number(minutes)).toBeLessThanOrEqual(15);
}

describe('every stored key overwritten with hostile values', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await startExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  const cases: [string, unknown[]][] = [
    ['progress', HOSTILE_PROGRESS],
    ['preferences', HOSTILE_PREFERENCES],
    ['rehearsalProgress', HOSTILE_PROGRESS],
    // The popup's readiness ticks (lib/guide/readiness.ts) are repaired when the popup reads them.
    ['readiness', HOSTILE_READINESS],
  ];
  for (const [key, values] of cases) {
    it(`${key}: the page keeps its guide, the popup renders, the value is repaired`, async () => {
      const storage = await openStorageView(browser);
      const popup = await browser.context.newPage();
      await popup.goto(`${browser.origin}/popup.html`);
      const tab = await browser.context.newPage();
      await show(tab, 'g3/en/verify-email.html');
      await expectGuide(tab);
      for (const value of values) {
        const label = JSON.stringify(value)?.slice(0, 60);
        await storage.write(key, value);
        // The open tab took the new value from its storage watch, then a fresh load reads it.
        await expectGuide(tab);
        await storage.write(key, value);
        await show(tab, 'g3/en/verify-email.html');
        await expectGuide(tab);
        await expectPopup(popup);
        await expect
          .poll(async () => isRepaired(key, (await storage.read())[key]), { message: label, timeout: 5_000 })
          .toBe(true);
        expect(JSON.stringify((await storage.read())[key] ?? null).length, label).toBeLessThan(10_000);
      }
      await Promise.all([tab.close(), popup.close(), storage.page.close()]);
    });
  }
});
