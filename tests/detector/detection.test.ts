/**
 * What the content script gets beyond the CLI's {step, target}: why a page is unknown, the
 * section to ring, what the person said (the lost device is removed), the ring element of a
 * radio option, and a detection cheap enough on a huge page (no long task).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { fixtureDir, serveFixture } from '../../scripts/lib/serve-fixture';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const PROBE = `
import { detect } from './lib/detector/detect';
const describe = (el) => el && { tag: el.localName, text: (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 80) };
globalThis.__probe = {
  detect(url, context) {
    const found = detect(document, url, context);
    const target = found.target;
    return {
      step: found.step,
      target: found.targetName,
      unknownReason: found.unknownReason,
      region: describe(found.region),
      regionHoldsTable: !!found.region?.querySelector('table'),
      targetHoldsRadioAndLabel: !!target && !!target.querySelector('input[type=radio]') &&
        (target.textContent || '').includes(found.targetName || '\\u0000'),
    };
  },
  timeDetections(url, runs) {
    const durations = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      detect(document, url);
      durations.push(performance.now() - start);
    }
    return durations;
  },
};
`;

interface Probed {
  step: string;
  target: string | null;
  unknownReason: string | null;
  region: { tag: string; text: string } | null;
  regionHoldsTable: boolean;
  targetHoldsRadioAndLabel: boolean;
}

let browser: Browser;
let page: Page;
let probe: string;

beforeAll(async () => {
  const result = await build({
    stdin: { contents: PROBE, resolveDir: ROOT, sourcefile: 'detection-probe.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  probe = result.outputFiles[0]?.text ?? '';
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

const fixture = (file: string) => {
  const found = fixtureCases().find((candidate) => candidate.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
};

async function openFixture(file: string): Promise<string> {
  const chosen = fixture(file);
  await page.goto('about:blank');
  await serveFixture(page, chosen.url, fixtureHtml(chosen), fixtureDir(fixturePath(chosen)));
  await page.goto(chosen.url, { waitUntil: 'load' });
  await page.evaluate(probe);
  return chosen.url;
}

const detectOn = (url: string, context: { lostDeviceRemoved?: boolean } = {}) =>
  page.evaluate(
    ({ url, context }) =>
      (globalThis as unknown as { __probe: { detect(u: string, c: object): Probed } }).__probe.detect(url, context),
    { url, context },
  );

describe('why a page is unknown', () => {
  it('a machine-translated page: translated', async () => {
    const url = await openFixture('negative/translated-verify-email.html');
    expect(await detectOn(url)).toMatchObject({ step: 'unknown', target: null, unknownReason: 'translated' });
  });

  it('the same page untranslated is known, with no reason', async () => {
    const url = await openFixture('g3/en/verify-email.html');
    expect(await detectOn(url)).toMatchObject({ step: 'verify-email', unknownReason: null });
  });

  it('the /noMfa loading shell: loading', async () => {
    const url = await openFixture('negative/loading-shell-nomfa.html');
    expect(await detectOn(url)).toMatchObject({ step: 'unknown', unknownReason: 'loading' });
  });

  it('a page full of content that is simply not ours: no reason', async () => {
    const url = await openFixture('negative/signup-phone-ja-signin-host.html');
    expect(await detectOn(url)).toMatchObject({ step: 'unknown', unknownReason: null });
  });
});

describe('security credentials: the ring by state', () => {
  it.each(['cloudscape/en-security-credentials-none-selected.html', 'g3/ja/security-credentials.html'])(
    '%s: no row selected → the MFA section (heading and table), no target',
    async (file) => {
      const answer = await detectOn(await openFixture(file));
      expect(answer.target).toBeNull();
      expect(answer.regionHoldsTable).toBe(true);
      expect(answer.region?.text).toMatch(/^(?:Multi-factor authentication \(MFA\)|多要素認証 \(MFA\))/);
    },
  );

  it('once the person says the lost device is removed → "Assign MFA device", no region', async () => {
    const url = await openFixture('cloudscape/en-security-credentials-none-selected.html');
    expect(await detectOn(url, { lostDeviceRemoved: true })).toMatchObject({
      step: 'security-credentials',
      target: 'Assign MFA device',
      region: null,
    });
  });

  it('a row selected → "Remove", no region', async () => {
    const url = await openFixture('cloudscape/ja-security-credentials-selected.html');
    expect(await detectOn(url)).toMatchObject({ target: '削除', region: null });
  });
});

describe('a radio option is ringed whole', () => {
  it.each(['cloudscape/en-troubleshoot-none.html', 'cloudscape/ja-troubleshoot-resync.html'])(
    '%s: the target holds both the (transparent) radio and its label',
    async (file) => {
      const answer = await detectOn(await openFixture(file));
      expect(answer.step).toBe('mfa-troubleshoot');
      expect(answer.targetHoldsRadioAndLabel).toBe(true);
    },
  );
});

describe('a huge page stays cheap', () => {
  /** Chromium's own measure: tasks over 50 ms while detecting, and each detection's time. */
  async function measure(url: string, label: string) {
    await page.evaluate(
      ({ label }) => {
        const fragment = document.createDocumentFragment();
        for (let i = 0; i < 10_000; i++) {
          const button = document.createElement('button');
          button.textContent = label.replace('#', String(i));
          fragment.append(button);
        }
        document.body.append(fragment);
      },
      { label },
    );
    return page.evaluate(async (url) => {
      // The page lays its 10,000 buttons out first, as it would before any content script runs.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const probeApi = (globalThis as unknown as { __probe: { timeDetections(u: string, n: number): number[] } })
        .__probe;
      const durations: number[] = [];
      for (let i = 0; i < 5; i++) {
        durations.push(...probeApi.timeDetections(url, 1));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      return { longTasks, durations };
    }, url);
  }

  it.each([
    ['10,000 plain buttons', 'Item #'],
    ['10,000 buttons labelled like the target', 'Send verification email'],
  ])('%s on the verify-email page: a detection is no long task', async (_, label) => {
    // The machine is shared (2 cores, several sessions, the other detector files at once), and a
    // wait for the CPU shows as a long task too; contention only ever adds. So: the fastest of
    // up to 40 detections (8 tries of 5) must take under 50 ms and not be a long task. The code
    // before this test took 0.3–2 s on every detection.
    const durations: number[] = [];
    let longTasks = 0;
    for (let attempt = 0; attempt < 8; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      const url = await openFixture('g3/en/verify-email.html');
      const measured = await measure(url, label);
      durations.push(...measured.durations);
      longTasks += measured.longTasks.length;
      if (measured.longTasks.length === 0 && Math.max(...measured.durations) < 50) break;
    }
    expect(Math.round(Math.min(...durations))).toBeLessThan(50);
    expect(longTasks).toBeLessThan(durations.length);
  });

  it('would see a long task (the observer works)', async () => {
    await openFixture('g3/en/verify-email.html');
    const longTasks = await page.evaluate(async () => {
      const seen: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      await new Promise((resolve) =>
        setTimeout(() => {
          const end = performance.now() + 80;
          while (performance.now() < end);
          resolve(null);
        }, 0),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      return seen;
    });
    expect(longTasks.length).toBeGreaterThan(0);
  });
});
