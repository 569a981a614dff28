/** Renders assets/icon.svg to public/icon/<size>.png with Chromium. Run after editing the SVG. */
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const outDir = new URL('../public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: new URL(`${size}.png`, outDir).pathname, omitBackground: true });
  }
} finally {
  await browser.close();
}
