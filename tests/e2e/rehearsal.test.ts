/**
 * The rehearsal in Chromium with the built extension: the real guide on the simulated AWS pages.
 * The walks click only what the guide's ring highlights (at the ring's centre, never a selector of
 * the page); where the guide highlights nothing, they act outside the page as a person would — in
 * the practice mailbox and on the practice phone, by role and visible text.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../lib/guide/i18n';
import { CONSOLE_TEXT, G3_TEXT, G4_TEXT } from '../../rehearsal/model/aws-text';
import { VERIFICATION_MAIL } from '../../rehearsal/model/mail-and-phone';
import type { RehearsalLang } from '../../rehearsal/model/routes';
import { EMAIL_LINK_LIFETIME_MS, PRESS_WINDOW_MS } from '../../rehearsal/model/session';
import {
  followHighlight,
  GUIDE_HOST,
  guideState,
  openNewestMailLink,
  openTool,
  rehearsalText,
  startRehearsal,
  type WalkStep,
  waitForGuide,
  walkRehearsal,
} from '../../scripts/demo';
import { type ExtensionBrowser, startExtensionBrowser } from '../support/extension';

/** What the panel shows (its text, in its shadow root). */
async function panelText(page: Page): Promise<string> {
  return (await page.locator(`${GUIDE_HOST} aside`).first().textContent()) ?? '';
}

/**
 * On every page: clearly practice, in the practice's language; on the AWS pages, the panel in the
 * browser's language (`guideLang`), saying what this step is.
 */
async function checkPage(page: Page, step: WalkStep, lang: RehearsalLang, guideLang = lang): Promise<void> {
  const banner = page.getByRole('region', { name: rehearsalText(lang).banner.label, exact: true });
  expect(await banner.textContent()).toContain(rehearsalText(lang).banner.text);
  if (step.guide) {
    const stepId = step.guide.step as keyof ReturnType<typeof messagesFor>['steps'];
    const title = await page.locator(`${GUIDE_HOST} [data-testid="step-title"]`).textContent();
    expect(title).toBe(messagesFor(guideLang).steps[stepId].title);
  }
}

/** The rehearsal's own markup (the guide's panel is checked by the guide's tests). */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude(GUIDE_HOST).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`);
}

const AXE_CHECKED = new Set([
  'verify-email',
  'mailbox',
  'phone-keypad',
  'iam-user',
  'sms-code',
  'security-credentials',
]);

/** Security credentials by state (spec §3 row 11): the section, the row chosen, Remove twice, Assign. */
const REPLACE_DEVICE = Object.fromEntries(
  (['en', 'ja'] as const).map((lang) => {
    const t = CONSOLE_TEXT[lang];
    return [
      lang,
      [
        'security-credentials: —',
        `security-credentials: ${t.remove}`,
        `security-credentials: ${t.remove}`,
        `security-credentials: ${t.assign}`,
        '(done)',
      ],
    ];
  }),
) as Record<RehearsalLang, string[]>;

const G4_WALK = [
  // The 2024+ app opens on the IAM user form: the root user takes the link.
  'iam-user: Sign in using root user email',
  'signin-email: Next',
  'signin-password: Sign in',
  'mfa-prompt: Trouble signing in?',
  'mfa-troubleshoot: Sign in using alternative factors',
  'mfa-troubleshoot: Next',
  'email-sent: —',
  '(mailbox)',
  'verify-phone: SMS text',
  'sms-code: Verification code',
  '(phone-text-message)',
  'recovery-complete: Sign in to the console',
  ...REPLACE_DEVICE.en,
];

const summary = (steps: WalkStep[]) =>
  steps.map((step) => (step.guide ? `${step.label}: ${step.guide.target ?? '—'}` : `(${step.label})`));

describe('a whole rehearsal in English, led by the guide', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await startExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('G3: from sign-in to the security credentials page, its pages accessible', async () => {
    const steps = await walkRehearsal({
      context: browser.context,
      origin: browser.origin,
      lang: 'en',
      gen: 'g3',
      onStep: async (page, step) => {
        await checkPage(page, step, 'en');
        if (AXE_CHECKED.has(step.label)) expect(await accessibilityViolations(page), step.label).toEqual([]);
      },
    });
    expect(summary(steps)).toEqual([
      'signin-email: Next',
      'signin-password: Sign in',
      'mfa-prompt: Troubleshoot MFA',
      'mfa-troubleshoot: Sign in using alternative factors',
      'verify-email: Send verification email',
      'email-sent: —',
      '(mailbox)',
      'verify-phone: Call me now',
      'phone-call: —',
      '(phone-ringing)',
      '(phone-keypad)',
      '(phone-thank-you)',
      'recovery-complete: Sign in to the console',
      ...REPLACE_DEVICE.en,
    ]);
  });

  it('G4: from the IAM user form to the security credentials page, the texted code typed where the guide rings', async () => {
    for (const page of browser.context.pages()) await page.close();
    const steps = await walkRehearsal({
      context: browser.context,
      origin: browser.origin,
      lang: 'en',
      gen: 'g4',
      onStep: async (page, step) => {
        await checkPage(page, step, 'en');
        if (AXE_CHECKED.has(step.label)) expect(await accessibilityViolations(page), step.label).toEqual([]);
      },
    });
    expect(summary(steps)).toEqual(G4_WALK);
  });

  it('re-detects on its hash routes', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/rehearsal.html#/en/g3/signin`);
    await waitForGuide(page, (state) => state.step === 'signin-email');
    await page.evaluate(() => {
      location.hash = '#/en/g3/password';
    });
    await waitForGuide(page, (state) => state.step === 'signin-password');
    await page.close();
  });
});

describe('the stored session', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await startExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  const KEY = 'rehearsalSession';
  const read = (page: Page) => page.evaluate(`chrome.storage.local.get('${KEY}').then((items) => items.${KEY})`);
  const write = (page: Page, value: unknown) =>
    page.evaluate(`chrome.storage.local.set({ ${KEY}: ${JSON.stringify(value)} })`);

  it('repairs a value it cannot read, and forgets a practice left for a day', async () => {
    const page = await browser.context.newPage();
    const t = rehearsalText('en');
    await page.goto(`${browser.origin}/rehearsal.html#/en/g3/mailbox`);
    await page.getByRole('heading', { level: 1, name: t.mailbox.title }).waitFor();

    await write(page, { version: 1, savedAt: 'soon', session: 'x'.repeat(100_000), foreign: [1, 2, 3] });
    await page.reload();
    expect(await page.getByRole('region', { name: t.mailbox.messages }).textContent()).toBe(t.mailbox.empty);
    expect(await read(page)).toMatchObject({ version: 1, session: { attempt: null, mails: [] } });
    expect(Object.keys((await read(page)) as object).sort()).toEqual(['savedAt', 'session', 'version']);

    const dayAgo = Date.now() - 24 * 60 * 60 * 1000 - 60_000;
    const mail = { token: 'PRACTICE-old', sentAt: dayAgo, used: false };
    const old = { id: 'old', startedAt: dayAgo, attempt: null, mails: [mail] };
    await write(page, { version: 1, savedAt: dayAgo, session: old });
    await page.reload();
    expect(await page.getByRole('region', { name: t.mailbox.messages }).textContent()).toBe(t.mailbox.empty);
    expect(await read(page)).toMatchObject({ session: { mails: [] } });

    // The same practice, an hour old, is still there.
    const hourAgo = Date.now() - 60 * 60 * 1000;
    await write(page, {
      version: 1,
      savedAt: hourAgo,
      session: { ...old, startedAt: hourAgo, mails: [{ ...mail, sentAt: hourAgo }] },
    });
    await page.reload();
    await page.getByRole('button', { name: new RegExp(VERIFICATION_MAIL.subject) }).waitFor();
    await page.close();
  });
});

describe('a whole rehearsal in Japanese, led by the guide', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await startExtensionBrowser({ locale: 'ja' });
  });
  afterAll(async () => browser?.close());

  it('G3: from sign-in to the security credentials page, the guide and the pages in Japanese', async () => {
    const steps = await walkRehearsal({
      context: browser.context,
      origin: browser.origin,
      lang: 'ja',
      gen: 'g3',
      onStep: (page, step) => checkPage(page, step, 'ja'),
    });
    expect(summary(steps)).toEqual([
      'signin-email: 次へ',
      'signin-password: サインイン',
      'mfa-prompt: MFAのトラブルシューティング',
      'mfa-troubleshoot: 別の要素を使用したサインイン',
      'verify-email: 確認Eメールの送信',
      'email-sent: —',
      '(mailbox)',
      'verify-phone: すぐに連絡を受ける',
      'phone-call: —',
      '(phone-ringing)',
      '(phone-keypad)',
      '(phone-thank-you)',
      'recovery-complete: コンソールにサインイン',
      ...REPLACE_DEVICE.ja,
    ]);
  });

  it('G4 (its pages are known in English only): the SMS path led by the guide in Japanese', async () => {
    for (const page of browser.context.pages()) await page.close();
    const steps = await walkRehearsal({
      context: browser.context,
      origin: browser.origin,
      lang: 'en',
      gen: 'g4',
      onStep: (page, step) => checkPage(page, step, 'en', 'ja'),
    });
    expect(summary(steps)).toEqual(G4_WALK);
  });
});

describe('what bites, on the clock', () => {
  const en = messagesFor('en');
  /** The panel's words for a step, looked up by id: `recovery-timed-out` is new in spec v2 (the detector branch). */
  const stepAction = (id: string) =>
    (en.steps as Record<string, { action: string } | undefined>)[id]?.action ?? `(the panel has no words for ${id})`;
  const r = G3_TEXT.en.recovery;
  const t = rehearsalText('en').banner;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await startExtensionBrowser();
    await browser.context.clock.install();
  });
  afterAll(async () => browser?.close());

  async function followUntil(page: Page, step: string) {
    for (let moves = 0; (await guideState(page)).step !== step; moves++) {
      if (moves > 10) throw new Error(`Never reached ${step}`);
      await followHighlight(page);
    }
  }

  /** On a page that has timed out, the guide rings its one way back; on a spent link, the person finds it. */
  async function backToSignIn(page: Page) {
    const state = await guideState(page);
    if (state.target === r.startOver) await followHighlight(page);
    else await page.getByRole('link', { name: r.startOver, exact: true }).click();
    await waitForGuide(page, (current) => current.step === 'signin-email' && current.target === 'Next');
  }

  it('errors when “Send verification email” waits a minute; the way back is sign-in', async () => {
    const page = await startRehearsal({ context: browser.context, origin: browser.origin, lang: 'en', gen: 'g3' });
    await followUntil(page, 'verify-email');
    expect(await panelText(page)).toContain(en.warnings['press-send-at-once']);

    await browser.context.clock.fastForward(PRESS_WINDOW_MS + 1000);
    await waitForGuide(page, (state) => state.step === 'recovery-timed-out' && state.target === r.startOver);
    expect(await page.getByRole('alert').textContent()).toBe(`${r.timedOut.title}${r.timedOut.help}`);
    expect(await panelText(page)).toContain(stepAction('recovery-timed-out'));
    expect(await page.getByRole('region', { name: t.label, exact: true }).getByRole('status').textContent()).toBe(
      t.timedOut(60),
    );
    await backToSignIn(page);
  });

  it('expires the email link 15 minutes after sending; then the same way back', async () => {
    const page = browser.context.pages().find((candidate) => candidate.url().includes('/g3/signin')) as Page;
    await followUntil(page, 'verify-email');
    await followHighlight(page);
    await waitForGuide(page, (state) => state.step === 'email-sent');

    await browser.context.clock.fastForward(EMAIL_LINK_LIFETIME_MS + 1000);
    await page.locator(`${GUIDE_HOST} [role="alert"]`).filter({ hasText: en.countdownExpired }).waitFor();

    const mailbox = await openTool(page, 'en', 'mailbox');
    const link = await openNewestMailLink(mailbox);
    await waitForGuide(link, (state) => state.step === 'email-link-expired' && state.target === null);
    expect(await panelText(link)).toContain(en.steps['email-link-expired'].action);
    expect(await link.getByRole('alert').textContent()).toBe(`${r.linkInvalid.title}${r.linkInvalid.help}`);
    expect(await link.getByRole('region', { name: t.label, exact: true }).getByRole('status').textContent()).toBe(
      t.invalidLink,
    );
    await backToSignIn(link);
  });

  it('errors when “Call me now” waits a minute; a reload keeps the verified email, the used link does not work twice', async () => {
    const page = browser.context.pages().find((candidate) => candidate.url().includes('/g3/signin')) as Page;
    await followUntil(page, 'verify-email');
    await followHighlight(page);
    await waitForGuide(page, (state) => state.step === 'email-sent');
    const mailbox = await openTool(page, 'en', 'mailbox');
    await mailbox.getByRole('button', { name: rehearsalText('en').mailbox.back }).click();
    const link = await openNewestMailLink(mailbox);
    await waitForGuide(link, (state) => state.step === 'verify-phone' && state.target === r.call);
    expect(await panelText(link)).toContain(en.warnings['press-call-at-once']);
    // The tab that verified the email goes on working when reloaded.
    await link.reload();
    await waitForGuide(link, (state) => state.step === 'verify-phone' && state.target === r.call);

    await browser.context.clock.fastForward(PRESS_WINDOW_MS + 1000);
    await waitForGuide(link, (state) => state.step === 'recovery-timed-out' && state.target === r.startOver);
    expect(await link.getByRole('alert').textContent()).toBe(`${r.timedOut.title}${r.timedOut.help}`);

    await mailbox.bringToFront();
    await mailbox.getByRole('button', { name: rehearsalText('en').mailbox.back }).click();
    const again = await openNewestMailLink(mailbox);
    await waitForGuide(again, (state) => state.step === 'email-link-expired');
    await backToSignIn(again);
  });

  it('G4: errors when “SMS text” waits a minute; the guide rings “Start over”, back to the IAM user form', async () => {
    const g4 = G4_TEXT.en.recovery;
    for (const open of browser.context.pages()) await open.close();
    const page = await startRehearsal({ context: browser.context, origin: browser.origin, lang: 'en', gen: 'g4' });
    await followUntil(page, 'email-sent');
    const mailbox = await openTool(page, 'en', 'mailbox');
    const link = await openNewestMailLink(mailbox);
    await waitForGuide(link, (state) => state.step === 'verify-phone' && state.target === g4.sms);

    await browser.context.clock.fastForward(PRESS_WINDOW_MS + 1000);
    await waitForGuide(link, (state) => state.step === 'recovery-timed-out' && state.target === g4.startOver);
    expect(await link.getByRole('alert').textContent()).toBe(`${g4.timedOut.title}${g4.timedOut.help}`);
    await followHighlight(link);
    await waitForGuide(link, (state) => state.step === 'iam-user' && state.target === G4_TEXT.en.iamSignIn.rootLink);
  });
});
