/**
 * `npm run bench` (after `npm run build`): the extension's costs, measured in Debian's Chromium
 * against the same pages without the extension, printed as a table and written into README.md
 * between the bench markers. A measurement, not a test: it never fails on a number.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROME_BUILD_DIR, GUIDE_HOST } from '../tests/support/extension';
import { fixtureCases, fixtureHtml, fixturePath } from '../tests/support/fixtures';
import { CHROMIUM_PATH, launchWithExtension, QUIET_FLAGS } from './lib/chromium';
import { detectorBundle } from './lib/detector-bundle';
import { fixtureDir, serveFixture } from './lib/serve-fixture';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const median = (values: number[]) => quantile(values, 0.5);
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

interface Row {
  measure: string;
  budget: string;
  without: string;
  with: string;
  added: string;
}
const rows: Row[] = [];

async function withContexts<T>(run: (context: BrowserContext, label: 'without' | 'with') => Promise<T>) {
  const results: Record<'without' | 'with', T> = {} as Record<'without' | 'with', T>;
  for (const label of ['without', 'with'] as const) {
    const profile = mkdtempSync(join(tmpdir(), 'aws-mfa-bench-'));
    const context =
      label === 'with'
        ? await launchWithExtension(CHROME_BUILD_DIR, profile)
        : await chromium.launchPersistentContext(profile, {
            executablePath: CHROMIUM_PATH,
            headless: true,
            args: QUIET_FLAGS,
          });
    try {
      results[label] = await run(context, label);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return results;
}

const fixture = (file: string) => {
  const found = fixtureCases().find((candidate) => candidate.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
};

const prepared = new WeakSet<Page>();

async function open(page: Page, url: string, html: Buffer | string, dir?: string) {
  if (!prepared.has(page)) {
    // tsx compiles this file with esbuild's keepNames, which wraps the named functions inside the
    // callbacks given to page.evaluate in a `__name` helper the page must also have.
    await page.addInitScript('globalThis.__name = (target) => target;');
    prepared.add(page);
  }
  await page.goto('about:blank');
  await serveFixture(page, url, typeof html === 'string' ? Buffer.from(html) : html, dir);
  await page.goto(url, { waitUntil: 'load' });
}

/** 1. Detection time per page, in the page, over every fixture. */
async function detectionTime() {
  const bundle = await detectorBundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS });
  const page = await browser.newPage();
  const perPage: { file: string; p50: number; p95: number }[] = [];
  const all: number[] = [];
  for (const fixtureCase of fixtureCases()) {
    await open(page, fixtureCase.url, fixtureHtml(fixtureCase), fixtureDir(fixturePath(fixtureCase)));
    await page.evaluate(bundle);
    const samples = await page.evaluate(
      ({ url, runs }) => {
        const detector = (globalThis as unknown as { __awsMfaDetector: { detect(u: string): unknown } })
          .__awsMfaDetector;
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          detector.detect(url);
          times.push(performance.now() - start);
        }
        return times;
      },
      { url: fixtureCase.url, runs: RUNS * 3 },
    );
    all.push(...samples);
    perPage.push({ file: fixtureCase.file, p50: median(samples), p95: quantile(samples, 0.95) });
  }
  await browser.close();
  const slowest = perPage.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  rows.push({
    measure: `detection per page, ${perPage.length} fixture pages (p50 / p95; slowest page p95: ${slowest.file})`,
    budget: 'p95 < 5 ms',
    without: '—',
    with: `${ms(median(all))} / ${ms(quantile(all, 0.95))}; ${ms(slowest.p95)}`,
    added: '—',
  });
}

/** 2. JavaScript the content script loads on a routine sign-in page. */
function contentScriptBytes() {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const files = manifest.content_scripts.flatMap((script) => script.js);
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(CHROME_BUILD_DIR, file))).length, 0);
  rows.push({
    measure: `content script JavaScript, gzip (${files.join(', ')})`,
    budget: '≤ 90 KB',
    without: '0 KB',
    with: `${(gzip / 1024).toFixed(1)} KB`,
    added: `${(gzip / 1024).toFixed(1)} KB`,
  });
}

/** 3. Main-thread time to load a sign-in page (CDP TaskDuration), with and without the extension. */
async function loadCost() {
  for (const file of ['g3/en/signin-email.html', 'g3/en/verify-email.html']) {
    const page = fixture(file);
    const results = await withContexts(async (context) => {
      const tab = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      const durations: number[] = [];
      for (let run = 0; run < RUNS + 1; run++) {
        await tab.goto('about:blank');
        const before = await cdp.send('Performance.getMetrics');
        await open(tab, page.url, fixtureHtml(page), fixtureDir(fixturePath(page)));
        await tab.waitForTimeout(400);
        const after = await cdp.send('Performance.getMetrics');
        const task = (metrics: typeof after) => metrics.metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
        if (run > 0) durations.push((task(after) - task(before)) * 1000);
      }
      return median(durations);
    });
    rows.push({
      measure: `main-thread time to load ${file.replace('.html', '')} (median of ${RUNS})`,
      budget: '+ ≤ 30 ms',
      without: ms(results.without),
      with: ms(results.with),
      added: `${ms(results.with - results.without)} (×${(results.with / results.without).toFixed(2)})`,
    });
  }
}

const SCENE = `<!doctype html><html lang="en"><body style="margin:0;font-family:sans-serif">
  <h1>Sign in using alternative factors of authentication</h1><h2>Step 1: Email address verification</h2>
  <div id="slot"></div><div id="filler"></div></body></html>`;
const SCENE_URL = 'https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail';

/** 4. From a DOM change to the ring sitting on the new target. */
async function ringLatency() {
  const profile = mkdtempSync(join(tmpdir(), 'aws-mfa-bench-'));
  const context = await launchWithExtension(CHROME_BUILD_DIR, profile);
  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.setViewportSize({ width: 1280, height: 800 });
  await open(tab, SCENE_URL, SCENE);
  const samples = await tab.evaluate(
    async ({ host, runs }) => {
      const ringOf = () =>
        document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('[data-role="highlight"]');
      const encloses = (outer: DOMRect, inner: DOMRect) =>
        outer.left <= inner.left &&
        outer.top <= inner.top &&
        outer.right >= inner.right &&
        outer.bottom >= inner.bottom;
      const slot = document.getElementById('slot') as HTMLElement;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const button = document.createElement('button');
        button.textContent = 'Send verification email';
        button.style.margin = `${20 + (i % 7) * 30}px 0 0 ${40 + (i % 5) * 90}px`;
        const start = performance.now();
        slot.replaceChildren(button);
        await new Promise<void>((resolve) => {
          const check = () => {
            const ring = ringOf();
            if (ring && !ring.hidden && encloses(ring.getBoundingClientRect(), button.getBoundingClientRect()))
              resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        times.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return times;
    },
    { host: GUIDE_HOST, runs: RUNS * 5 },
  );
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  rows.push({
    measure: `DOM change → ring on the new target (p50 / p95 of ${samples.length})`,
    budget: 'p95 ≤ 50 ms',
    without: '—',
    with: `${ms(median(samples))} / ${ms(quantile(samples, 0.95))}`,
    added: '—',
  });
}

/** 5. Long tasks (> 50 ms) on a 10,000-node page and on a page mutating 500 times a second. */
async function longTasks() {
  const bigPage = SCENE.replace(
    '<div id="filler"></div>',
    `<div id="filler">${'<div class="row"><span>item</span> <a href="#">link</a></div>'.repeat(3_400)}</div>`,
  ).replace('<div id="slot"></div>', '<div id="slot"><button>Send verification email</button></div>');
  const results = await withContexts(async (context) => {
    const tab = context.pages()[0] ?? (await context.newPage());
    const count = async (html: string, mutate: boolean) => {
      await tab.addInitScript(() => {
        (window as unknown as { longTasks: number }).longTasks = 0;
        new PerformanceObserver((list) => {
          (window as unknown as { longTasks: number }).longTasks += list.getEntries().length;
        }).observe({ type: 'longtask', buffered: true });
      });
      await open(tab, SCENE_URL, html);
      if (mutate) {
        await tab.evaluate(async () => {
          const filler = document.getElementById('filler') as HTMLElement;
          const end = performance.now() + 3_000;
          let n = 0;
          await new Promise<void>((resolve) => {
            const timer = setInterval(() => {
              filler.textContent = `tick ${n++}`;
              if (performance.now() > end) {
                clearInterval(timer);
                resolve();
              }
            }, 2);
          });
        });
      } else {
        await tab.waitForTimeout(1_500);
      }
      return tab.evaluate(() => (window as unknown as { longTasks: number }).longTasks);
    };
    return {
      big: await count(bigPage, false),
      churn: await count(bigPage.replace(/<div class="row">.*<\/div><\/div>/, '</div>'), true),
    };
  });
  rows.push({
    measure: 'long tasks (> 50 ms): 10,000-node page / 500 mutations a second for 3 s',
    budget: '0 added',
    without: `${results.without.big} / ${results.without.churn}`,
    with: `${results.with.big} / ${results.with.churn}`,
    added: `${results.with.big - results.without.big} / ${results.with.churn - results.without.churn}`,
  });
}

contentScriptBytes();
await detectionTime();
await loadCost();
await ringLatency();
await longTasks();

const table = [
  '| measure | budget | without the extension | with it | added |',
  '|---|---|---|---|---|',
  ...rows.map((row) => `| ${row.measure} | ${row.budget} | ${row.without} | ${row.with} | ${row.added} |`),
].join('\n');
const stamp = `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Chromium ${await chromium
  .launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS })
  .then(async (b) => {
    const v = b.version();
    await b.close();
    return v;
  })}, ${RUNS} runs per figure unless stated.`;
console.log(`${table}\n\n${stamp}`);

const readmePath = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmePath, 'utf8');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
if (readme.includes(START) && readme.includes(END)) {
  const before = readme.slice(0, readme.indexOf(START) + START.length);
  const after = readme.slice(readme.indexOf(END));
  writeFileSync(readmePath, `${before}\n${table}\n\n${stamp}\n${after}`);
  console.log('README.md updated');
}
