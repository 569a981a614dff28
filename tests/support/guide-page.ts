import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { GUIDE_HOST } from './extension';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ROLES = ['button', 'link', 'radio'] as const;

/** The page's own element with this accessible name (never the guide's): the one a person would click. */
export async function pageElement(page: Page, name: string): Promise<Locator> {
  for (const role of ROLES) {
    const candidates = page.locator('body').getByRole(role, { name, exact: true });
    if ((await candidates.count()) === 1) return candidates;
  }
  throw new Error(`no single page element named "${name}"`);
}

export const ring = (page: Page) => page.locator(`${GUIDE_HOST} [data-role="highlight"]`);
export const panel = (page: Page) => page.locator(GUIDE_HOST).getByRole('complementary');

export function encloses(outer: Box, inner: Box): boolean {
  return (
    outer.x <= inner.x &&
    outer.y <= inner.y &&
    outer.x + outer.width >= inner.x + inner.width &&
    outer.y + outer.height >= inner.y + inner.height
  );
}

/** Waits until the ring is shown and encloses the page element named `name`; returns the ring's box. */
export async function expectRingAround(page: Page, name: string): Promise<Box> {
  const target = await pageElement(page, name);
  let last: { ring: Box | null; target: Box | null } = { ring: null, target: null };
  await expect
    .poll(
      async () => {
        last = { ring: await ring(page).boundingBox(), target: await target.boundingBox() };
        return last.ring !== null && last.target !== null && encloses(last.ring, last.target);
      },
      { timeout: 5_000 },
    )
    .toBe(true);
  return last.ring as Box;
}

/**
 * Clicks the centre of the ring the way a person clicks what it highlights, and returns the
 * accessible text of the page element that received the click. Navigation is prevented so the
 * fixture page stays put.
 */
export async function clickThroughRing(page: Page, ringBox: Box): Promise<string> {
  await page.evaluate(() => {
    const record = (event: Event) => {
      const clicked = (event.target as Element).closest('button, a, input, label, [role="button"], [role="radio"]');
      (window as unknown as { lastClicked: string }).lastClicked =
        clicked?.getAttribute('value') ?? clicked?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      event.preventDefault();
    };
    window.addEventListener('click', record, { capture: true, once: true });
  });
  await page.mouse.click(ringBox.x + ringBox.width / 2, ringBox.y + ringBox.height / 2);
  return page.evaluate(() => (window as unknown as { lastClicked: string }).lastClicked);
}
