/**
 * `npm run bench` (after `npm run build`): the extension's costs, measured in Debian's Chromium in
 * one run against the same pages without any extension and with the floor — an extension whose
 * content script is empty, on the same hosts, which is what any extension there pays — and, for
 * the main-thread times, a bare guide (scripts/lib/bench-extensions.ts: the least a guide that
 * shows anything does), printed as a table and written into README.md between the bench markers.
 * Ours is reported over the floor. A measurement, not a test: it never fails on a number.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROME_BUILD_DIR, GUIDE_HOST } from '../tests/support/extension';
import { fixtureCases, fixtureHtml, fixturePath } from '../tests/support/fixtures';
import { BARE_GUIDE_SCRIPT, bareGuideExtension, floorExtension } from './lib/bench-extensions';
import { CHROMIUM_PATH, launchWithExtension, QUIET_FLAGS } from './lib/chromium';
import { detectorBundle } from './lib/detector-bundle';
import { type MainThreadTime, mainThreadTime, markPageStarts } from './lib/main-thread';
import { fixtureDir, serveFixture } from './lib/serve-fixture';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const median = (values: number[]) => quantile(values, 0.5);
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

type Setup = 'none' | 'floor' | 'bare' | 'ours';
/** The long-task counts need no reference; the main-thread times are read beside the bare guide too. */
const SETUPS: readonly Setup[] = ['none', 'floor', 'ours'];
const LOAD_SETUPS: readonly Setup[] = ['none', 'floor', 'bare', 'ours'];

interface Row {
  measure: string;
  budget: string;
  none: string;
  floor: string;
  bare: string;
  ours: string;
  over: string;
}
const rows: Row[] = [];

const EXTENSION_DIRS: Record<Exclude<Setup, 'none'>, string> = {
  floor: floorExtension(),
  bare: bareGuideExtension(),
  ours: CHROME_BUILD_DIR,
};

const profiles = new Map<BrowserContext, string>();

async function launchSetup(setup: Setup): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'aws-mfa-bench-'));
  const context =
    setup === 'none'
      ? await chromium.launchPersistentContext(profile, {
          executablePath: CHROMIUM_PATH,
          headless: true,
          args: QUIET_FLAGS,
        })
      : await launchWithExtension(EXTENSION_DIRS[setup], profile);
  profiles.set(context, profile);
  return context;
}

async function closeSetup(context: BrowserContext): Promise<void> {
  await context.close();
  rmSync(profiles.get(context) ?? '', { recursive: true, force: true });
}

/** Runs `run` in each of {@link SETUPS} in turn, each in its own fresh profile. */
async function withContexts<T>(run: (context: BrowserContext, setup: Setup) => Promise<T>) {
  const results = {} as Record<(typeof SETUPS)[number], T>;
  for (const setup of SETUPS) {
    const context = await launchSetup(setup);
    try {
      results[setup] = await run(context, setup);
    } finally {
      await closeSetup(context);
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
    none: '—',
    floor: '—',
    bare: '—',
    ours: `${ms(median(all))} / ${ms(quantile(all, 0.95))}; ${ms(slowest.p95)}`,
    over: '—',
  });
}

const gzipKb = (file: string, dir = CHROME_BUILD_DIR) => gzipSync(readFileSync(join(dir, file))).length / 1024;

/** 2. The JavaScript each AWS site loads with every page, and the panel loaded only when the guide opens. */
function scriptBytes() {
  const scripts = [
    { file: 'signin-guide.js', where: 'every AWS sign-in page', budget: '≤ 12 KB', bare: BARE_GUIDE_SCRIPT },
    { file: 'console-guide.js', where: 'IAM console pages', budget: '—', bare: null },
  ];
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const declared = new Set(manifest.content_scripts.flatMap((script) => script.js));
  if (declared.size !== scripts.length || scripts.some((script) => !declared.has(script.file))) {
    throw new Error(`the manifest's content scripts are ${[...declared].join(', ')}`);
  }
  for (const { file, where, budget, bare } of scripts) {
    const size = gzipKb(file);
    rows.push({
      measure: `content script on ${where}, gzip (${file}; no React)`,
      budget,
      none: '0 KB',
      floor: '0 KB',
      bare: bare ? `${gzipKb(bare, EXTENSION_DIRS.bare).toFixed(2)} KB` : '—',
      ours: `${size.toFixed(2)} KB`,
      over: `${size.toFixed(2)} KB`,
    });
  }
  const panel = gzipKb('panel.js');
  rows.push({
    measure: 'React panel, gzip (panel.js), injected only when the guide opens',
    budget: '—',
    none: '0 KB',
    floor: '0 KB',
    bare: '—',
    ours: `${panel.toFixed(1)} KB`,
    over: `${panel.toFixed(1)} KB`,
  });
}

/** Our figure over the floor's, and over no extension at all. */
function overTheFloor(results: Record<Setup, number>): string {
  return `${ms(results.ours - results.floor)} (${ms(results.ours - results.none)} over none)`;
}

/** The mean of the middle half: steadier than the median over few runs, deaf to the odd stall. */
function interquartileMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.slice(Math.floor(sorted.length / 4), Math.ceil((sorted.length * 3) / 4));
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
}

const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 30);

/**
 * 3. Main-thread time of the page's renderer (page, content scripts and the injected panel) from
 * the document's start until 1 s after its load, when the page and the guide have settled, both
 * as the tasks' durations and as the thread's CPU time in them. The setups run side by side,
 * taking turns page by page, so a slower moment of the machine falls on all of them alike.
 */
async function loadCost() {
  const pages = [
    { file: 'g3/en/signin-email.html', what: 'routine sign-in page', budget: '≤ 5 ms over the floor' },
    { file: 'g3/en/verify-email.html', what: 'recovery page, the panel opens', budget: '≤ 25 ms over the floor' },
  ];
  const contexts = new Map<Setup, BrowserContext>();
  try {
    for (const setup of LOAD_SETUPS) contexts.set(setup, await launchSetup(setup));
    const tabs = await Promise.all(
      LOAD_SETUPS.map(async (setup) => {
        const context = contexts.get(setup) as BrowserContext;
        const tab = context.pages()[0] ?? (await context.newPage());
        await markPageStarts(tab);
        return { setup, tab, cdp: await context.newCDPSession(tab) };
      }),
    );
    for (const { file, what, budget } of pages) {
      const page = fixture(file);
      const times = new Map<Setup, MainThreadTime[]>(LOAD_SETUPS.map((setup) => [setup, []]));
      // One unmeasured round first: the first visit of a profile compiles and caches more.
      for (let run = 0; run < LOAD_RUNS + 1; run++) {
        for (const { setup, tab, cdp } of run % 2 === 0 ? tabs : [...tabs].reverse()) {
          await tab.goto('about:blank');
          const time = await mainThreadTime(tab, cdp, async () => {
            await open(tab, page.url, fixtureHtml(page), fixtureDir(fixturePath(page)));
            await tab.waitForTimeout(1_000);
          });
          // Left on the page, its timers and frames would run beside the next setup's measurement.
          await tab.goto('about:blank');
          if (run > 0) times.get(setup)?.push(time);
        }
      }
      const name = `${what}: ${file.replace('.html', '')} (mean of the middle half of ${LOAD_RUNS} runs)`;
      for (const [kind, label] of [
        ['wall', "main-thread time (the tasks' durations)"],
        ['cpu', 'main-thread CPU time (the thread running)'],
      ] as const) {
        const result = Object.fromEntries(
          LOAD_SETUPS.map((setup) => [setup, interquartileMean((times.get(setup) ?? []).map((time) => time[kind]))]),
        ) as Record<Setup, number>;
        rows.push({
          measure: `${label}, ${name}`,
          budget,
          none: ms(result.none),
          floor: ms(result.floor),
          bare: `${ms(result.bare)} (${ms(result.bare - result.floor)} over the floor)`,
          ours: ms(result.ours),
          over: overTheFloor(result),
        });
      }
    }
  } finally {
    for (const context of contexts.values()) await closeSetup(context);
  }
}

const SCENE = `<!doctype html><html lang="en"><body style="margin:0;font-family:sans-serif">
  <h1>Sign in using alternative factors of authentication</h1><h2>Step 1: Email address verification</h2>
  <div id="slot"></div><div id="filler"></div></body></html>`;
const SCENE_URL = 'https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail';
const SEND_BUTTON = '<button>Send verification email</button>';

/** 4. From a DOM change to the ring sitting on the new target. */
async function ringLatency() {
  const profile = mkdtempSync(join(tmpdir(), 'aws-mfa-bench-'));
  const context = await launchWithExtension(CHROME_BUILD_DIR, profile);
  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.setViewportSize({ width: 1280, height: 800 });
  // Measured from a panel already open around a first button: its loading is the panel-opening row's.
  await open(tab, SCENE_URL, SCENE.replace('<div id="slot"></div>', `<div id="slot">${SEND_BUTTON}</div>`));
  await tab.locator(GUIDE_HOST).getByRole('complementary').waitFor();
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
    budget: 'p95 ≤ 35 ms',
    none: '—',
    floor: '—',
    bare: '—',
    ours: `${ms(median(samples))} / ${ms(quantile(samples, 0.95))}`,
    over: '—',
  });
}

/** 5. Long tasks (> 50 ms) on a page of 10,000 buttons, still and gaining a node every 500 ms. */
async function longTasks() {
  const buttons = Array.from({ length: 10_000 }, (_, i) => `<button type="button">Item ${i}</button>`).join('');
  const bigPage = SCENE.replace('<div id="filler"></div>', `<div id="filler">${buttons}</div>`).replace(
    '<div id="slot"></div>',
    `<div id="slot">${SEND_BUTTON}</div>`,
  );
  const results = await withContexts(async (context) => {
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.addInitScript(() => {
      (window as unknown as { longTasks: number }).longTasks = 0;
      new PerformanceObserver((list) => {
        (window as unknown as { longTasks: number }).longTasks += list.getEntries().length;
      }).observe({ type: 'longtask', buffered: true });
    });
    const count = async (grow: boolean) => {
      await open(tab, SCENE_URL, bigPage);
      await tab.waitForTimeout(1_500);
      const atLoad = await tab.evaluate(() => (window as unknown as { longTasks: number }).longTasks);
      if (!grow) return atLoad;
      await tab.evaluate(async () => {
        const filler = document.getElementById('filler') as HTMLElement;
        for (let i = 0; i < 10; i++) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          const added = document.createElement('button');
          added.textContent = `Added ${i}`;
          filler.append(added);
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      return (await tab.evaluate(() => (window as unknown as { longTasks: number }).longTasks)) - atLoad;
    };
    return { still: await count(false), growing: await count(true) };
  });
  const figure = (setup: Setup) => `${results[setup].still} / ${results[setup].growing}`;
  rows.push({
    measure: 'long tasks (> 50 ms): 10,000 buttons at load / then a node every 500 ms for 5 s',
    budget: '0 over the floor',
    none: figure('none'),
    floor: figure('floor'),
    bare: '—',
    ours: figure('ours'),
    over: `${results.ours.still - results.floor.still} / ${results.ours.growing - results.floor.growing}`,
  });
}

scriptBytes();
await detectionTime();
await loadCost();
await ringLatency();
await longTasks();
for (const dir of [EXTENSION_DIRS.floor, EXTENSION_DIRS.bare]) rmSync(dir, { recursive: true, force: true });

const table = [
  '| measure | budget | no extension | floor: empty content script | reference: a bare guide | ours | ours over the floor |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (row) =>
      `| ${row.measure} | ${row.budget} | ${row.none} | ${row.floor} | ${row.bare} | ${row.ours} | ${row.over} |`,
  ),
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
