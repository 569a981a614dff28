import type { Page } from 'playwright-core';
import type { InPageDetector } from '../../lib/detector/in-page';
import { fixtureDir, serveFixture } from '../../scripts/lib/serve-fixture';
import { type FixtureCase, fixtureHtml, fixturePath } from './fixtures';

export interface InPageAnswer {
  detection: { step: string; target: string | null };
  matching: string[];
}

/** Opens the fixture at its URL in `page` and runs the detector bundle on it. */
export async function judgeFixture(page: Page, bundle: string, fixture: FixtureCase): Promise<InPageAnswer> {
  await serveFixture(page, fixture.url, fixtureHtml(fixture), fixtureDir(fixturePath(fixture)));
  await page.goto(fixture.url, { waitUntil: 'load' });
  await page.evaluate(bundle);
  return page.evaluate((url) => {
    const detector = (globalThis as unknown as { __awsMfaDetector: InPageDetector }).__awsMfaDetector;
    return { detection: detector.detect(url), matching: detector.matchingSteps(url) };
  }, fixture.url);
}
