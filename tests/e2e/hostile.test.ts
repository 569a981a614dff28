import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixture } from '../../scripts/lib/serve-fixture';
import { type ExtensionBrowser, GUIDE_HOST, startExtensionBrowser } from '../support/extension';

const URL_ON_AWS = 'https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail';
const RECOVERY =
  '<h1>Sign in using alternative factors of authentication</h1><h2>Step 1: Email address verification</h2>';
// The page's own heartbeat: if the extension broke the page, it stops.
const HEARTBEAT = '<script>window.beats = 0; setInterval(() => window.beats++, 20);</script>';

const PAGES: Record<string, string> = {
  'no <body> (a frameset)': `<!doctype html><html><head>${HEARTBEAT}</head><frameset cols="50%,50%"><frame src="about:blank"><frame src="about:blank"></frameset></html>`,
  'iframes holding another step': `<!doctype html><html><body>${HEARTBEAT}${RECOVERY}<iframe srcdoc="<button>Send verification email</button>"></iframe><iframe srcdoc="<button>Call me now</button>"></iframe></body></html>`,
  'a script replacing document.body over and over': `<!doctype html><html><body>${HEARTBEAT}<script>
      let n = 0;
      setInterval(() => {
        const body = document.createElement('body');
        body.innerHTML = '${RECOVERY}<button>Send verification email</button><p>' + (n++) + '</p>';
        document.documentElement.replaceChild(body, document.body);
      }, 50);
    </script></body></html>`,
  'a 5 MB text node': `<!doctype html><html><body>${HEARTBEAT}${RECOVERY}<p id="big"></p><script>document.getElementById('big').textContent = 'x'.repeat(5_000_000);</script><button>Send verification email</button></body></html>`,
  'a document removed from under the guide': `<!doctype html><html><body>${HEARTBEAT}${RECOVERY}<button>Send verification email</button><script>
      setTimeout(() => document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body')), 300);
    </script></body></html>`,
};

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await startExtensionBrowser();
});
afterAll(async () => browser?.close());

async function openWatched(html: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  // Exceptions from every world of the page, the content script's isolated world included.
  const cdp = await browser.context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (event) =>
    errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text),
  );
  await cdp.send('Runtime.enable');
  await serveFixture(page, URL_ON_AWS, Buffer.from(html));
  await page.goto(URL_ON_AWS, { waitUntil: 'load' });
  return { page, errors };
}

describe('hostile pages', () => {
  it.each(Object.entries(PAGES))('%s: the guide never throws and the page keeps working', async (_, html) => {
    const { page, errors } = await openWatched(html);
    await page.waitForTimeout(1_500);
    const beats = await page.evaluate(() => (window as unknown as { beats: number }).beats);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { beats: number }).beats)).toBeGreaterThan(beats);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps judging a page whose body is replaced', async () => {
    const { page } = await openWatched(PAGES['a script replacing document.body over and over'] as string);
    await expect.poll(() => page.locator(`${GUIDE_HOST}[data-step]`).getAttribute('data-step')).toBe('verify-email');
    await page.close();
  });

  it('does not take a button inside an iframe for the page’s own', async () => {
    const { page } = await openWatched(PAGES['iframes holding another step'] as string);
    await expect.poll(() => page.locator(GUIDE_HOST).getAttribute('data-step')).toBe('unknown');
    expect(await page.locator(GUIDE_HOST).getAttribute('data-target')).toBeNull();
    await page.close();
  });
});
