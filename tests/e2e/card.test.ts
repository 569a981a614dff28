/**
 * The printable recovery card as the built extension serves it, printed to PDF by Chromium:
 * one A4 page per language, nothing cut off.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardEn } from '../../locales/card.en';
import { cardJa } from '../../locales/card.ja';
import { type ExtensionBrowser, startExtensionBrowser } from '../support/extension';

const A4_HEIGHT_MM = 297;
const MM = 96 / 25.4;

/** Pages in a PDF Chromium wrote: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe.each([
  ['en-US', cardEn, cardJa],
  ['ja', cardJa, cardEn],
] as const)('the card in a %s browser', (locale, first, second) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await startExtensionBrowser({ locale });
  });
  afterAll(async () => browser?.close());

  it('opens at /card.html with both sheets, the browser’s language first, and no accessibility violations', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/card.html`);
    const sheets = page.getByRole('article');
    await expect.poll(() => sheets.count()).toBe(2);
    expect(await sheets.nth(0).getByRole('heading', { level: 1 }).textContent()).toBe(first.title);
    expect(await sheets.nth(1).getByRole('heading', { level: 1 }).textContent()).toBe(second.title);
    expect(await page.title()).toBe(first.pageTitle);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('prints one A4 page per language, each sheet whole, without the print button', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/card.html`);
    await page.getByRole('article').first().waitFor();
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(2);
    await page.emulateMedia({ media: 'print' });
    const heights = await page.evaluate(() =>
      Array.from(document.querySelectorAll('article'), (sheet) => sheet.getBoundingClientRect().height),
    );
    for (const height of heights) expect(height / MM).toBeLessThanOrEqual(A4_HEIGHT_MM);
    expect(await page.getByRole('button', { name: first.print }).isVisible()).toBe(false);
    await page.close();
  });
});
