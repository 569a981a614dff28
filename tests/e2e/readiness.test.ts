import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../locales/en';
import { ja } from '../../locales/ja';
import { type ExtensionBrowser, startExtensionBrowser } from '../support/extension';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startExtensionBrowser();
});
afterAll(() => browser?.close());

describe('the readiness check in the built popup', () => {
  it('keeps a tick across popup openings, storing four booleans and nothing else', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`${browser.origin}/popup.html`);
    const phone = popup.getByRole('checkbox', { name: en.readiness.checks.phone.label });
    await phone.check();
    await popup
      .getByRole('status')
      .filter({ hasText: en.readiness.progress(1, 4) })
      .waitFor();
    await popup.reload();
    await expect.poll(() => phone.isChecked()).toBe(true);
    await expect.poll(() => popup.getByText(en.readiness.checks.phone.fix).count()).toBe(0);
    const stored = await popup.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.local.get('readiness'),
    );
    expect(stored.readiness).toEqual({ email: false, phone: true, spareDevice: false, rehearsed: false });
    await popup.close();
  });

  it('reads in Japanese and has no serious accessibility violations', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`${browser.origin}/popup.html`);
    await popup.getByRole('combobox').selectOption('ja');
    await popup.getByRole('heading', { name: ja.readiness.heading }).waitFor();
    expect(await popup.getByText(ja.readiness.checks.spareDevice.fix).isVisible()).toBe(true);
    const results = await new AxeBuilder({ page: popup }).include('.readiness').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await popup.close();
  });
});
