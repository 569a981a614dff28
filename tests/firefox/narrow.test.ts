import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxWithAddon, GUIDE_HOST, guideStep, startFirefox } from '../support/firefox';
import {
  NARROW_PAGE,
  NARROW_URL,
  PHONE_VIEWPORT,
  readSheetGeometry,
  type SheetGeometry,
  sheetLeavesTargetClear,
} from '../support/narrow-page';

describe('on a phone-sized screen (Firefox, as on Firefox for Android)', () => {
  let firefox: FirefoxWithAddon;
  beforeAll(async () => {
    firefox = await startFirefox();
  });
  afterAll(async () => firefox?.close());

  it('the panel is a bottom sheet that never covers the ringed button', async () => {
    const tab = await firefox.openTab();
    await tab.page.setViewport(PHONE_VIEWPORT);
    await tab.show(NARROW_URL, NARROW_PAGE);
    expect(await guideStep(tab.page)).toBe('verify-email');
    let geometry: SheetGeometry | null = null;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      geometry = await tab.page.evaluate(readSheetGeometry, GUIDE_HOST);
      if (sheetLeavesTargetClear(geometry)) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(geometry && sheetLeavesTargetClear(geometry), JSON.stringify(geometry)).toBe(true);
    expect(await tab.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await tab.close();
  });
});
