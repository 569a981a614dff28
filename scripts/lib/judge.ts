import type { Browser, Page } from 'playwright-core';
import type { InPageDetector } from '../../lib/detector/in-page';
import { awsSite } from '../../lib/hosts';
import { launchChromium } from './chromium';
import { detectorBundle } from './detector-bundle';
import { fixtureDir, serveFixture } from './serve-fixture';

export interface Answer {
  step: string;
  target: string | null;
}

export interface Verdict {
  answer: Answer;
  /** What the detector saw (text, controls, fields, every matching step); only when asked. */
  explanation: { matchingSteps?: string[]; matchedWording?: { text: string; gens: string[] }[] } | null;
}

/** Judges HTML files in one Chromium: how `npm run detect` sees a page, for one page or many. */
export interface Judge {
  judge(url: URL, file: string, html: Buffer, options?: { explain?: boolean }): Promise<Verdict>;
  close(): Promise<void>;
}

export async function openJudge(): Promise<Judge> {
  let browser: Promise<Browser> | null = null;
  let bundle: Promise<string> | null = null;
  // One tab for every page: opening a tab costs Chromium far more than navigating one.
  let tab: Promise<Page> | null = null;
  return {
    async judge(url, file, html, options = {}) {
      // The detector answers `unknown` for any other host before reading the page.
      if (!awsSite(url)) return { answer: { step: 'unknown', target: null }, explanation: options.explain ? {} : null };
      browser ??= launchChromium();
      bundle ??= detectorBundle();
      tab ??= browser.then((b) => b.newPage());
      const page = await tab;
      // A fresh document every time, even when only the URL's fragment differs from the last page.
      await page.goto('about:blank');
      await serveFixture(page, url.href, html, fixtureDir(file));
      await page.goto(url.href, { waitUntil: 'load', timeout: 20_000 });
      await page.evaluate(await bundle);
      return await page.evaluate(
        ({ href, explain }) => {
          const detector = (globalThis as unknown as { __awsMfaDetector: InPageDetector }).__awsMfaDetector;
          return { answer: detector.detect(href), explanation: explain ? (detector.explain(href) as object) : null };
        },
        { href: url.href, explain: options.explain ?? false },
      );
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}
