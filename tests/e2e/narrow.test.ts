import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../locales/en';
import { type ExtensionBrowser, GUIDE_HOST, guideStep, openPage, startExtensionBrowser } from '../support/extension';
import { panel } from '../support/guide-page';
import {
  NARROW_PAGE,
  NARROW_URL,
  PHONE_VIEWPORT,
  readSheetGeometry,
  type SheetGeometry,
  sheetLeavesTargetClear,
} from '../support/narrow-page';

describe('on a phone-sized screen (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await startExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('the panel is a bottom sheet that never covers the ringed button, and folds to a bar', async () => {
    const page = await openPage(browser.context, NARROW_URL, NARROW_PAGE);
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.reload({ waitUntil: 'load' });
    expect(await guideStep(page)).toBe('verify-email');
    let geometry: SheetGeometry | null = null;
    await expect
      .poll(async () => {
        geometry = await page.evaluate(readSheetGeometry, GUIDE_HOST);
        return sheetLeavesTargetClear(geometry);
      })
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await panel(page).getByRole('button', { name: en.collapse }).click();
    const bar = page.locator(GUIDE_HOST).getByRole('button', { name: en.expand });
    await expect.poll(() => bar.count()).toBe(1);
    const folded = await page.evaluate(readSheetGeometry, GUIDE_HOST);
    expect(folded.sheet && folded.sheet.bottom - folded.sheet.top).toBeLessThan(80);
    expect(folded.sheet?.left).toBeLessThanOrEqual(1);
    await bar.click();
    await expect.poll(() => panel(page).count()).toBe(1);
    await page.close();
  });
});
