import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, posix, relative, resolve } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';

const CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;
export const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
};

/** `text/html` with the charset the page declares, UTF-8 when it declares none. */
export function htmlContentType(html: Buffer): string {
  const declared = CHARSET.exec(html.subarray(0, 2048).toString('latin1'))?.[1];
  return `text/html; charset=${declared ?? 'utf-8'}`;
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * Serves `html` at `url` and nothing else: files next to the page (its stylesheets, images) are
 * served from disk for same-origin requests, every other request is aborted. No test, CLI run or
 * benchmark ever touches the network.
 */
export async function serveFixture(target: BrowserContext | Page, url: string, html: Buffer, fileDir?: string) {
  const pageUrl = withoutHash(url);
  const origin = new URL(url).origin;
  await target.unroute('**/*');
  await target.route('**/*', async (route: Route) => {
    const requested = route.request().url();
    if (withoutHash(requested) === pageUrl && route.request().isNavigationRequest()) {
      await route.fulfill({ status: 200, body: html, headers: { 'content-type': htmlContentType(html) } });
      return;
    }
    const parsed = new URL(requested);
    if (fileDir && parsed.origin === origin) {
      // `<link href="style.css">` on a page served at /noMfa resolves to /style.css: look for it
      // beside the HTML file.
      const fromPage = posix.relative(posix.dirname(new URL(url).pathname), decodeURIComponent(parsed.pathname));
      const local = resolve(fileDir, fromPage);
      const inside = !relative(fileDir, local).startsWith('..');
      if (inside && existsSync(local) && statSync(local).isFile()) {
        const ext = local.slice(local.lastIndexOf('.'));
        await route.fulfill({
          status: 200,
          body: readFileSync(local),
          contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
        });
        return;
      }
    }
    await route.abort('blockedbyclient');
  });
}

export function fixtureDir(file: string): string {
  return dirname(resolve(file));
}
