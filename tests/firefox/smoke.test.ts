import { dirname } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxWithAddon, GUIDE_HOST, guideState, guideStep, startFirefox } from '../support/firefox';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';

// The built Firefox add-on (`npm run build`, .output/firefox-mv2) in Debian's firefox-esr.
const PAGE = '<!doctype html><html lang="en"><head><title>Sign in</title></head><body><h1>Hello</h1></body></html>';
const SETTLE_MS = 1500;
const RECOVERY_STEP =
  '<!doctype html><html lang="en"><body><main><button>Send verification email</button></main></body></html>';
const MFA_SECTION =
  '<!doctype html><html lang="en"><body><main><section><h2>Multi-factor authentication (MFA)</h2><table><tr><td>Devices</td></tr></table></section></main></body></html>';

describe('where the guide mounts in Firefox', () => {
  let firefox: FirefoxWithAddon;
  beforeAll(async () => {
    firefox = await startFirefox();
  });
  afterAll(async () => firefox?.close());

  it.each([
    'https://signin.aws.amazon.com/signin?redirect_uri=https%3A%2F%2Fconsole.aws.amazon.com%2F',
    'https://us-east-1.signin.aws.amazon.com/oauth?client_id=arn%3Aaws%3Asignin%3A%3A%3Aconsole%2Fcanvas',
    'https://123456789012.signin.aws.amazon.com/console',
    'https://console.aws.amazon.com/iam/home#/security_credentials',
  ])('mounts its shadow host on %s without touching the page', async (url) => {
    const tab = await firefox.openTab();
    await tab.show(url, PAGE);
    expect(await guideStep(tab.page)).toBe('unknown');
    const shape = await tab.page.evaluate((tag) => {
      const host = document.querySelector(tag);
      return {
        url: location.href,
        hosts: document.querySelectorAll(tag).length,
        hasShadowRoot: host?.shadowRoot != null,
        heading: document.querySelector('h1')?.textContent,
        bodyChildren: Array.from(document.body.children, (child) => child.localName),
      };
    }, GUIDE_HOST);
    expect(shape).toEqual({ url, hosts: 1, hasShadowRoot: true, heading: 'Hello', bodyChildren: ['h1'] });
    await tab.close();
  });

  it.each(['https://signin.aws.amazon.com.example.net/', 'https://example.com/'])('stays away from %s', async (url) => {
    // A control tab first, so "no host" means "not injected" and not "add-on not working".
    const control = await firefox.openTab();
    await control.show('https://signin.aws.amazon.com/', PAGE);
    expect(await guideStep(control.page)).toBe('unknown');
    const tab = await firefox.openTab();
    await tab.show(url, PAGE);
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    expect(await tab.page.evaluate(() => location.href)).toBe(url);
    expect(await tab.page.$$eval(GUIDE_HOST, (hosts) => hosts.length)).toBe(0);
    await Promise.all([tab.close(), control.close()]);
  });

  it.each([
    ['https://signin.aws.amazon.com/signin', '/noMfa?action=decoupledConfirmEmail', 'verify-email', RECOVERY_STEP],
    ['https://console.aws.amazon.com/iam/home#/users', '#/security_credentials', 'security-credentials', MFA_SECTION],
  ])(
    'judges %s again when a single-page app moves to %s with history.pushState alone',
    async (url, route, step, html) => {
      const tab = await firefox.openTab();
      await tab.show(url, html);
      expect(await guideStep(tab.page)).toBe('unknown');
      await tab.page.evaluate((to) => history.pushState(null, '', to), route);
      await tab.page.waitForFunction(
        (tag, expected) => document.querySelector(tag)?.getAttribute('data-step') === expected,
        { timeout: 5_000 },
        GUIDE_HOST,
        step,
      );
      await tab.close();
    },
  );

  it('sent nothing past the interception', () => {
    expect(firefox.networkAttempts()).toEqual([]);
  });
});

/** The G3 English recovery, page by page, in one tab (as a person would walk it). */
const FLOW = [
  'g3/en/signin-email.html',
  'g3/en/signin-password.html',
  'g3/en/mfa-prompt.html',
  'g3/en/mfa-troubleshoot.html',
  'g3/en/verify-email.html',
  'g3/en/email-sent.html',
  'g3/en/verify-phone.html',
  'g3/en/phone-call.html',
  'g3/en/recovery-complete.html',
];
/** From here on the full guide panel (with its highlight ring) is open; before, only the offer tab. */
const PANEL_FROM = FLOW.indexOf('g3/en/mfa-troubleshoot.html');

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Highlight {
  /** `[data-role="highlight"]` in the guide's shadow root: absent, hidden, or shown at `box`. */
  ring: 'absent' | 'hidden' | Box;
  /** Rendered page controls whose accessible name is the target's (should be exactly one). */
  targets: Box[];
}

/**
 * The ring and the page's rendered buttons, links and inputs named `targetName`, read in the page.
 * The name is computed the simple way (aria-labelledby, aria-label, a button input's value, the
 * field's label, else its text), which is enough for the fixture pages' controls.
 */
function readHighlight(page: Page, targetName: string | null): Promise<Highlight> {
  return page.evaluate(
    (tag, name) => {
      const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
      const box = (element: Element) => {
        const { left, top, right, bottom } = element.getBoundingClientRect();
        return { left, top, right, bottom };
      };
      const accessibleName = (element: Element): string => {
        const labelledBy = element.getAttribute('aria-labelledby');
        if (labelledBy) {
          return squash(
            labelledBy
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' '),
          );
        }
        const label = element.getAttribute('aria-label');
        if (label) return squash(label);
        if (element instanceof HTMLInputElement) {
          if (['submit', 'button', 'reset'].includes(element.type)) return squash(element.value);
          return squash(Array.from(element.labels ?? [], (l) => l.textContent).join(' '));
        }
        return squash(element.textContent);
      };
      const rendered = (element: Element) =>
        element.getClientRects().length > 0 && getComputedStyle(element).visibility === 'visible';

      const ringElement = document.querySelector(tag)?.shadowRoot?.querySelector('[data-role="highlight"]');
      const ring = !ringElement ? 'absent' : (ringElement as HTMLElement).hidden ? 'hidden' : box(ringElement);
      const controls = document.querySelectorAll('button, a[href], input, [role="button"], [role="link"]');
      const targets =
        name === null
          ? []
          : Array.from(controls)
              .filter((control) => rendered(control) && accessibleName(control) === name)
              .map(box);
      return { ring, targets } as Highlight;
    },
    GUIDE_HOST,
    targetName,
  );
}

/**
 * Reads the highlight once it is what the page calls for: no ring before the panel opens, a hidden
 * ring when there is no target, a ring around the one target otherwise (or whatever it is after 10 s).
 */
async function settledHighlight(page: Page, targetName: string | null, panel: boolean): Promise<Highlight> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const highlight = await readHighlight(page, targetName);
    const { ring, targets } = highlight;
    const settled = !panel
      ? ring === 'absent'
      : targetName === null
        ? ring === 'hidden'
        : typeof ring === 'object' && targets.length === 1 && encloses(ring, targets[0]);
    if (settled || Date.now() > deadline) return highlight;
    await new Promise((done) => setTimeout(done, 100));
  }
}

function encloses(outer: Box, inner: Box | undefined): boolean {
  return (
    inner !== undefined &&
    outer.left <= inner.left &&
    outer.top <= inner.top &&
    outer.right >= inner.right &&
    outer.bottom >= inner.bottom
  );
}

describe('the G3 English recovery in Firefox', () => {
  const cases = fixtureCases();
  const flow = FLOW.map((file) => {
    const fixture = cases.find((candidate) => candidate.file === file);
    if (!fixture) throw new Error(`${file} is not in tests/fixtures/cases.json`);
    return fixture;
  });

  let firefox: FirefoxWithAddon;
  beforeAll(async () => {
    // Its own browser: the flow leaves progress in the add-on's storage.
    firefox = await startFirefox();
  });
  afterAll(async () => firefox?.close());

  it('follows every page, highlighting the next control once the guide is open', async () => {
    const tab = await firefox.openTab();
    for (const [index, fixture] of flow.entries()) {
      await tab.show(fixture.url, fixtureHtml(fixture), dirname(fixturePath(fixture)));
      const expected = { step: fixture.step, target: fixture.target };
      expect(await guideState(tab.page, expected), fixture.file).toEqual(expected);

      const panel = index >= PANEL_FROM;
      const highlight = await settledHighlight(tab.page, fixture.target, panel);
      if (!panel) {
        // Routine sign-in pages only get the small offer tab: no panel, no ring.
        expect(highlight.ring, fixture.file).toBe('absent');
      } else if (fixture.target === null) {
        expect(highlight.ring, fixture.file).toBe('hidden');
      } else {
        expect(highlight.targets, `${fixture.file}: one rendered "${fixture.target}"`).toHaveLength(1);
        expect(highlight.ring, `${fixture.file}: ring shown`).toBeTypeOf('object');
        const [ring, target] = [highlight.ring as Box, highlight.targets[0]];
        expect(
          encloses(ring, target),
          `${fixture.file}: ring ${JSON.stringify(ring)} around ${JSON.stringify(target)}`,
        ).toBe(true);
      }
    }
    await tab.close();
  });

  it('sent nothing past the interception', () => {
    expect(firefox.networkAttempts()).toEqual([]);
  });
});
