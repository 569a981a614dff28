import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';

type Chrome = {
  chrome: {
    storage: {
      local: {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
};

/** An extension page (the popup's) through which a test reads and writes `storage.local` as the extension. */
export async function openStorageView(browser: ExtensionBrowser) {
  const page: Page = await browser.context.newPage();
  await page.goto(`${browser.origin}/popup.html`);
  return {
    page,
    read: () => page.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get(null)),
    write: (key: string, value: unknown) =>
      page.evaluate(([k, v]) => (globalThis as unknown as Chrome).chrome.storage.local.set({ [k as string]: v }), [
        key,
        value,
      ] as const),
  };
}
