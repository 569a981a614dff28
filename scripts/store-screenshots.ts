/**
 * The store screenshots, 1280×800 as both stores ask: the built extension's guide on fixture pages
 * (English and Japanese, a recovery step, the phone step and the IAM console after recovery) and
 * the printable card (`npm run screenshots:store`, after `npm run build`). Written to
 * docs/store/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { guideStep, openPage, startExtensionBrowser } from '../tests/support/extension';
import { fixtureCases, fixtureHtml, fixturePath } from '../tests/support/fixtures';
import { panel } from '../tests/support/guide-page';
import { fixtureDir } from './lib/serve-fixture';

const STORE_VIEWPORT = { width: 1280, height: 800 };
const SETTLE_MS = 600;

interface Shot {
  name: string;
  /** A fixture page (the guide on it), or an extension page's path. */
  fixture?: string;
  extensionPage?: string;
}

const SHOTS: { locale: string; shots: Shot[] }[] = [
  {
    locale: 'en-US',
    shots: [
      { name: '1-verify-email-en', fixture: 'g3/en/verify-email.html' },
      { name: '2-verify-phone-en', fixture: 'g3/en/verify-phone.html' },
      { name: '3-security-credentials-en', fixture: 'g3/en/security-credentials.html' },
      { name: '5-recovery-card-en', extensionPage: '/card.html' },
    ],
  },
  { locale: 'ja-JP', shots: [{ name: '4-verify-email-ja', fixture: 'g3/ja/verify-email.html' }] },
];
const outDir = fileURLToPath(new URL('../docs/store/screenshots/', import.meta.url));
mkdirSync(outDir, { recursive: true });

async function openFixture(context: Parameters<typeof openPage>[0], file: string): Promise<Page> {
  const fixture = fixtureCases().find((candidate) => candidate.file === file);
  if (!fixture) throw new Error(`no fixture ${file}`);
  const page = await openPage(context, fixture.url, fixtureHtml(fixture), fixtureDir(fixturePath(fixture)));
  await page.setViewportSize(STORE_VIEWPORT);
  await guideStep(page);
  await panel(page).waitFor({ state: 'visible', timeout: 10_000 });
  return page;
}

for (const { locale, shots } of SHOTS) {
  const browser = await startExtensionBrowser({ locale });
  try {
    for (const shot of shots) {
      let page: Page;
      if (shot.fixture) page = await openFixture(browser.context, shot.fixture);
      else {
        page = await browser.context.newPage();
        await page.setViewportSize(STORE_VIEWPORT);
        await page.goto(`${browser.origin}${shot.extensionPage}`, { waitUntil: 'load' });
      }
      await page.waitForTimeout(SETTLE_MS);
      const path = `${outDir}${shot.name}.png`;
      await page.screenshot({ path });
      console.log(path);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
