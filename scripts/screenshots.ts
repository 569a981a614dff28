/**
 * Regenerates the README's screenshots: the built extension's panel on three steps, in English
 * and Japanese (`npm run screenshots`, after `npm run build`).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guideStep, openPage, startExtensionBrowser } from '../tests/support/extension';
import { fixtureCases, fixtureHtml, fixturePath } from '../tests/support/fixtures';
import { fixtureDir as fixtureFileDir } from './lib/serve-fixture';

const SHOTS = [
  {
    lang: 'en',
    locale: 'en-US',
    files: ['g3/en/verify-email.html', 'g3/en/email-sent.html', 'g3/en/verify-phone.html'],
  },
  {
    lang: 'ja',
    locale: 'ja-JP',
    files: ['g3/ja/verify-email.html', 'g3/ja/email-sent.html', 'g3/ja/verify-phone.html'],
  },
];
const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
mkdirSync(outDir, { recursive: true });

for (const { lang, locale, files } of SHOTS) {
  const browser = await startExtensionBrowser({ locale });
  try {
    // The email step comes first so that the countdown is running on the later pages.
    for (const file of files) {
      const fixture = fixtureCases().find((candidate) => candidate.file === file);
      if (!fixture) throw new Error(`no fixture ${file}`);
      const page = await openPage(
        browser.context,
        fixture.url,
        fixtureHtml(fixture),
        fixtureFileDir(fixturePath(fixture)),
      );
      await page.setViewportSize({ width: 1280, height: 800 });
      await guideStep(page);
      await page.waitForTimeout(600);
      const path = `${outDir}${fixture.step}-${lang}.png`;
      await page.screenshot({ path });
      console.log(path);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
