/**
 * `npm run demo`: Chromium with the built extension on the rehearsal (the practice copy of the
 * recovery flow).
 *
 * - With a display (`DISPLAY` set): a visible browser on the rehearsal's start screen; the script
 *   ends when the browser is closed.
 * - Without one: a headless browser walks the rehearsal as a person would — clicking whatever the
 *   guide's ring highlights, reading the mailbox and answering the phone — in English (G3, G4) and
 *   Japanese (G3, and G4's English pages with the guide in Japanese), writing a screenshot of every step to `.output/demo/` and printing where.
 *
 * The walk is exported for the end-to-end tests (tests/e2e/rehearsal.test.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { GUIDE_HOST_SELECTOR as GUIDE_HOST } from '../lib/guide-host';
import { rehearsalEn } from '../locales/rehearsal.en';
import { rehearsalJa } from '../locales/rehearsal.ja';
import { CONSOLE_TEXT, G4_TEXT, PRACTICE_ACCOUNT } from '../rehearsal/model/aws-text';
import { VERIFICATION_MAIL } from '../rehearsal/model/mail-and-phone';
import type { RehearsalGen, RehearsalLang } from '../rehearsal/model/routes';
import { extensionOrigin, launchWithExtension } from './lib/chromium';

export { GUIDE_HOST_SELECTOR as GUIDE_HOST } from '../lib/guide-host';

const BUILD_DIR = fileURLToPath(new URL('../.output/chrome-mv3/', import.meta.url));
const STEP_TIMEOUT_MS = 10_000;

export function rehearsalText(lang: RehearsalLang) {
  return lang === 'ja' ? rehearsalJa : rehearsalEn;
}

/** What the guide says about the page: its host's `data-step` / `data-target` contract. */
export interface GuideState {
  step: string | null;
  target: string | null;
}

export async function guideState(page: Page): Promise<GuideState> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag) as HTMLElement | null;
    return { step: host?.dataset.step ?? null, target: host?.dataset.target ?? null };
  }, GUIDE_HOST);
}

/** Waits until the guide's judgement satisfies `wanted` (the page re-renders, the guide re-detects). */
export async function waitForGuide(
  page: Page,
  wanted: (state: GuideState) => boolean,
  timeout = STEP_TIMEOUT_MS,
): Promise<GuideState> {
  const deadline = Date.now() + timeout;
  let state = await guideState(page);
  while (!wanted(state)) {
    if (Date.now() > deadline) throw new Error(`Guide still at ${JSON.stringify(state)} on ${page.url()}`);
    await page.waitForTimeout(50);
    state = await guideState(page);
  }
  return state;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface RingSpot {
  x: number;
  y: number;
  /** The visible text of what lies under the ring's centre, to check the ring is on its target. */
  under: string;
}

/** The centre of the guide's ring once it is shown and has stopped moving. */
export async function ringCentre(page: Page, timeout = STEP_TIMEOUT_MS): Promise<RingSpot> {
  const deadline = Date.now() + timeout;
  let last: RingSpot | null = null;
  for (;;) {
    const spot = await page.evaluate((tag) => {
      const ring = document.querySelector(tag)?.shadowRoot?.querySelector('[data-role="highlight"]');
      if (!(ring instanceof HTMLElement) || ring.hidden) return null;
      const box = ring.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      // A field is named by its label, which lies beside it.
      if (hit instanceof HTMLInputElement) {
        return { x, y, under: Array.from(hit.labels ?? [], (label) => label.textContent).join(' ') };
      }
      const control = hit?.closest('button, a, label, [role="button"], [role="link"], [role="radio"]') ?? hit;
      return { x, y, under: control?.textContent ?? '' };
    }, GUIDE_HOST);
    if (spot && last && spot.x === last.x && spot.y === last.y) return { ...spot, under: collapse(spot.under) };
    if (Date.now() > deadline) throw new Error(`The ring did not settle on ${page.url()}`);
    last = spot;
    await page.waitForTimeout(60);
  }
}

/**
 * Clicks what the ring highlights, as a person would: at the ring's centre (the ring itself lets
 * clicks through), once the ring has settled on the thing the guide names.
 */
export async function clickHighlight(page: Page, timeout = STEP_TIMEOUT_MS): Promise<GuideState> {
  const before = await waitForGuide(page, (state) => state.target !== null);
  const named = collapse(before.target ?? '');
  const deadline = Date.now() + timeout;
  let spot = await ringCentre(page);
  while (!spot.under.includes(named)) {
    if (Date.now() > deadline) throw new Error(`The ring is on "${spot.under}", the guide names "${named}"`);
    await page.waitForTimeout(60);
    spot = await ringCentre(page);
  }
  await page.mouse.click(spot.x, spot.y);
  return before;
}

/** Clicks the highlight and waits for the guide to settle on the next page (or the next target). */
export async function followHighlight(page: Page): Promise<GuideState> {
  const before = await clickHighlight(page);
  const same = (a: GuideState, b: GuideState) => a.step === b.step && a.target === b.target;
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const after = await waitForGuide(page, (state) => !same(state, before));
    await page.waitForTimeout(100);
    if (same(await guideState(page), after)) return after;
    if (Date.now() > deadline) throw new Error(`The guide never settled after "${before.target}" on ${page.url()}`);
  }
}

/** Opens one of the practice's own tools from the banner, reusing its window if it is open. */
export async function openTool(page: Page, lang: RehearsalLang, tool: 'mailbox' | 'phone'): Promise<Page> {
  const t = rehearsalText(lang).banner;
  const context = page.context();
  const open = context.pages().find((candidate) => candidate.url().endsWith(`/${tool}`));
  const button = page.getByRole('button', { name: tool === 'mailbox' ? t.mailbox : t.phone });
  if (open) {
    await button.click();
    await open.bringToFront();
    return open;
  }
  const [opened] = await Promise.all([context.waitForEvent('page'), button.click()]);
  await opened.waitForLoadState();
  await opened.emulateMedia({ reducedMotion: 'reduce' });
  return opened;
}

/** In the practice mailbox: opens the newest verification mail and its link (a new tab). */
export async function openNewestMailLink(mailbox: Page): Promise<Page> {
  await mailbox.getByRole('button', { name: VERIFICATION_MAIL.subject }).first().click();
  const link = mailbox.getByRole('link', { name: VERIFICATION_MAIL.link });
  const [tab] = await Promise.all([mailbox.context().waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  await tab.emulateMedia({ reducedMotion: 'reduce' });
  await tab.bringToFront();
  return tab;
}

/** The 6 digits the AWS page shows while it calls. */
export async function codeOnPage(page: Page): Promise<string> {
  // What a person sees (innerText), not what the markup holds.
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text
  const text = await page.getByRole('main').innerText();
  const code = /(?<!\d)\d{6}(?!\d)/.exec(text)?.[0];
  if (!code) throw new Error('No 6-digit code on the page');
  return code;
}

/** On the practice phone: answers AWS's call. */
export async function answerCall(phone: Page, lang: RehearsalLang): Promise<void> {
  await phone.getByRole('button', { name: rehearsalText(lang).phone.answer, exact: true }).click();
}

/** On the practice phone's keypad: types `digits`. */
export async function typeOnKeypad(phone: Page, digits: string): Promise<void> {
  for (const digit of digits) await phone.getByRole('button', { name: digit, exact: true }).click();
}

export interface WalkStep {
  /** Where the walk was: the guide's step, or the practice's own page. */
  label: string;
  /** The guide's step and target there (null on the practice's own pages). */
  guide: GuideState | null;
}

export interface WalkOptions {
  context: BrowserContext;
  origin: string;
  lang: RehearsalLang;
  gen: RehearsalGen;
  /** Called on every page the walk reaches, before acting on it (screenshots, checks). */
  onStep?: (page: Page, step: WalkStep) => Promise<void>;
}

/** Opens the rehearsal's start screen and starts a fresh practice of `gen` in `lang`. */
export async function startRehearsal(options: Omit<WalkOptions, 'onStep'>): Promise<Page> {
  const t = rehearsalText(options.lang).start;
  const page = await options.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${options.origin}/rehearsal.html#/${options.lang}`);
  await page.getByRole('radio', { name: options.gen === 'g3' ? t.g3 : t.g4 }).check();
  await page.getByRole('button', { name: t.begin }).click();
  // G4's sign-in app opens on the IAM user form.
  const first = options.gen === 'g4' ? 'iam-user' : 'signin-email';
  await waitForGuide(page, (state) => state.step === first);
  return page;
}

/**
 * Walks a whole rehearsal from sign-in to the security credentials page, led only by the guide:
 * wherever it highlights something, that is clicked; where it highlights nothing, the person acts
 * outside the page (the mailbox, the phone), by role and visible text.
 */
export async function walkRehearsal(options: WalkOptions): Promise<WalkStep[]> {
  const { lang } = options;
  const steps: WalkStep[] = [];
  const visit = async (page: Page, step: WalkStep) => {
    steps.push(step);
    await options.onStep?.(page, step);
  };
  let page = await startRehearsal(options);

  for (let moves = 0; moves < 40; moves++) {
    const guide = await waitForGuide(page, (state) => state.step !== null);
    await visit(page, { label: guide.step ?? 'none', guide });

    if (guide.step === 'security-credentials') {
      if (await replaceDevice(page, lang, guide, visit)) return steps;
      continue;
    }
    if (guide.step === 'sms-code') {
      await typeTextedCode(page, lang, visit);
      continue;
    }
    if (guide.target !== null) {
      await followHighlight(page);
      continue;
    }
    if (guide.step === 'email-sent') {
      const mailbox = await openTool(page, lang, 'mailbox');
      await mailbox.getByRole('button', { name: VERIFICATION_MAIL.subject }).first().click();
      await visit(mailbox, { label: 'mailbox', guide: null });
      await mailbox.getByRole('button', { name: rehearsalText(lang).mailbox.back }).click();
      page = await openNewestMailLink(mailbox);
      continue;
    }
    if (guide.step === 'phone-call') {
      const code = await codeOnPage(page);
      const phone = await openTool(page, lang, 'phone');
      await visit(phone, { label: 'phone-ringing', guide: null });
      await answerCall(phone, lang);
      await visit(phone, { label: 'phone-keypad', guide: null });
      await typeOnKeypad(phone, code);
      await phone.getByText('Thank you', { exact: false }).waitFor();
      await visit(phone, { label: 'phone-thank-you', guide: null });
      await page.bringToFront();
      await waitForGuide(page, (state) => state.step !== 'phone-call');
      continue;
    }
    throw new Error(`Nothing to do at ${JSON.stringify(guide)} on ${page.url()}`);
  }
  throw new Error('The walk did not reach the security credentials page');
}

/**
 * G4 after "SMS text": the guide rings the code field and names the button under it. The person
 * reads the code on the practice phone, types it into the ringed field and presses that button.
 */
async function typeTextedCode(page: Page, lang: RehearsalLang, visit: (page: Page, step: WalkStep) => Promise<void>) {
  const r = G4_TEXT.en.recovery;
  const phone = await openTool(page, lang, 'phone');
  const message = (await phone.getByText(/verification code is \d{6}/).textContent()) ?? '';
  await visit(phone, { label: 'phone-text-message', guide: null });
  const code = /\d{6}/.exec(message)?.[0] ?? '';
  await page.bringToFront();
  await clickHighlight(page);
  await page.keyboard.type(code);
  await page.getByRole('button', { name: r.smsVerify, exact: true }).click();
  await waitForGuide(page, (state) => state.step !== 'sms-code');
}

/**
 * After recovery, as the guide asks: with no row selected it rings the MFA section (only the
 * person knows which row is the lost device), so the person selects that row; then the ring goes
 * to "Remove", to the dialog's own "Remove", and to "Assign MFA device". True once assigned.
 */
async function replaceDevice(
  page: Page,
  lang: RehearsalLang,
  guide: GuideState,
  visit: (page: Page, step: WalkStep) => Promise<void>,
): Promise<boolean> {
  const t = CONSOLE_TEXT[lang];
  if (guide.target === null) {
    await page.getByRole('radio', { name: PRACTICE_ACCOUNT.lostDevice }).check();
    await waitForGuide(page, (state) => state.target !== null);
    return false;
  }
  if (guide.target === t.assign) {
    await clickHighlight(page);
    await page.getByRole('heading', { level: 1, name: rehearsalText(lang).done.title }).waitFor();
    await visit(page, { label: 'done', guide: null });
    return true;
  }
  // "Remove" twice (the page's, then the dialog's): the guide's answer stays the same, the ring moves.
  const before = await ringCentre(page);
  await clickHighlight(page);
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const state = await guideState(page);
    if (state.target !== guide.target) return false;
    const spot = await ringCentre(page).catch(() => before);
    if (spot.x !== before.x || spot.y !== before.y) return false;
    if (Date.now() > deadline) throw new Error(`The ring stayed on "${guide.target}" after it was clicked`);
    await page.waitForTimeout(60);
  }
}

async function launch(headless: boolean, locale: string) {
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${BUILD_DIR}: run "npm run build" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'aws-mfa-guide-demo-'));
  const context = await launchWithExtension(BUILD_DIR, profile, {
    headless,
    locale,
    viewport: headless ? { width: 1280, height: 800 } : null,
  });
  return {
    context,
    origin: extensionOrigin(BUILD_DIR),
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function headed(): Promise<void> {
  const browser = await launch(false, process.env.DEMO_LOCALE ?? 'en-US');
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${browser.origin}/rehearsal.html`);
  console.log('The rehearsal is open in Chromium; close the browser to end the demo.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await browser.close();
}

async function headless(): Promise<void> {
  const outDir = fileURLToPath(new URL('../.output/demo/', import.meta.url));
  rmSync(outDir, { recursive: true, force: true });
  const runs: { lang: RehearsalLang; gen: RehearsalGen; locale: string }[] = [
    { lang: 'en', gen: 'g3', locale: 'en-US' },
    { lang: 'ja', gen: 'g3', locale: 'ja' },
    { lang: 'en', gen: 'g4', locale: 'en-US' },
    { lang: 'en', gen: 'g4', locale: 'ja' },
  ];
  for (const run of runs) {
    const folder = join(outDir, `${run.gen}-${run.lang}-${run.locale}`);
    mkdirSync(folder, { recursive: true });
    const browser = await launch(true, run.locale);
    let count = 0;
    try {
      await walkRehearsal({
        context: browser.context,
        origin: browser.origin,
        lang: run.lang,
        gen: run.gen,
        onStep: async (page, step) => {
          count += 1;
          const file = join(folder, `${String(count).padStart(2, '0')}-${step.label}.png`);
          await page.screenshot({ path: file });
        },
      });
    } finally {
      await browser.close();
    }
    console.log(`${run.gen.toUpperCase()} ${run.lang}: ${count} screenshots in ${folder}`);
  }
  console.log(`Screenshots of every rehearsal step: ${outDir}`);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  await (process.env.DISPLAY ? headed() : headless());
}
