import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, GUIDE_HOST, guideStep, openPage, startExtensionBrowser } from '../support/extension';

const PAGE = '<!doctype html><html lang="en"><head><title>Sign in</title></head><body><h1>Hello</h1></body></html>';
const SETTLE_MS = 1500;

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await startExtensionBrowser();
});
afterAll(async () => browser?.close());

describe('where the guide mounts', () => {
  it.each([
    'https://signin.aws.amazon.com/signin?redirect_uri=https%3A%2F%2Fconsole.aws.amazon.com%2F',
    'https://us-east-1.signin.aws.amazon.com/oauth?client_id=arn%3Aaws%3Asignin%3A%3A%3Aconsole%2Fcanvas',
    'https://123456789012.signin.aws.amazon.com/console',
    'https://console.aws.amazon.com/iam/home#/security_credentials',
    'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/security_credentials',
  ])('mounts its shadow host on %s without touching the page', async (url) => {
    const page = await openPage(browser.context, url, PAGE);
    expect(await guideStep(page)).toBe('unknown');
    const shape = await page.evaluate((tag) => {
      const host = document.querySelector(tag);
      return {
        hosts: document.querySelectorAll(tag).length,
        hasShadowRoot: host?.shadowRoot != null,
        heading: document.querySelector('h1')?.textContent,
        bodyChildren: Array.from(document.body.children, (child) => child.localName),
      };
    }, GUIDE_HOST);
    expect(shape).toEqual({ hosts: 1, hasShadowRoot: true, heading: 'Hello', bodyChildren: ['h1'] });
    await page.close();
  });

  it.each([
    'https://signin.aws.amazon.com.example.net/signin',
    'https://aws-signin.example/signin',
    'https://console.aws.amazon.com/console/home',
    'https://example.com/',
  ])('stays away from %s', async (url) => {
    const control = await openPage(browser.context, 'https://signin.aws.amazon.com/', PAGE);
    expect(await guideStep(control)).toBe('unknown');
    const page = await openPage(browser.context, url, PAGE);
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator(GUIDE_HOST).count()).toBe(0);
    await Promise.all([page.close(), control.close()]);
  });
});

describe('following a single-page app', () => {
  const RECOVERY_STEP =
    '<!doctype html><html lang="en"><body><main><button>Send verification email</button></main></body></html>';
  const MFA_SECTION =
    '<!doctype html><html lang="en"><body><main><section><h2>Multi-factor authentication (MFA)</h2><table><tr><td>Devices</td></tr></table></section></main></body></html>';

  it.each([
    ['https://signin.aws.amazon.com/signin', '/noMfa?action=decoupledConfirmEmail', 'verify-email', RECOVERY_STEP],
    ['https://console.aws.amazon.com/iam/home#/users', '#/security_credentials', 'security-credentials', MFA_SECTION],
  ])(
    'judges %s again when the app moves to %s with history.pushState alone (no event, no DOM change)',
    async (url, route, step, html) => {
      const page = await openPage(browser.context, url, html);
      expect(await guideStep(page)).toBe('unknown');
      await page.evaluate((to) => history.pushState(null, '', to), route);
      await expect.poll(() => page.locator(GUIDE_HOST).getAttribute('data-step'), { timeout: 5_000 }).toBe(step);
      await page.close();
    },
  );
});
