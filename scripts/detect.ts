/**
 * `npm run --silent detect -- --url <url> <file.html>`: which step of the recovery flow the page
 * shows, judged as Chromium renders it, printed as one JSON line (spec §7).
 * Exit status 2, with one line on stderr, for a missing or non-HTML file or a malformed URL.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { awsSite } from '../lib/detector/hosts';
import type { InPageDetector } from '../lib/detector/in-page';
import { launchChromium } from './lib/chromium';
import { detectorBundle } from './lib/detector-bundle';
import { fixtureDir, serveFixture } from './lib/serve-fixture';

class UsageError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const LOOKS_LIKE_HTML =
  /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|main|form|section|!--)/i;

function parseCommandLine(argv: string[]): { url: URL; file: string } {
  let parsed: ReturnType<typeof parseArgs<{ options: { url: { type: 'string' } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: { url: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values.url) throw new UsageError('missing --url <url>');
  if (positionals.length !== 1) throw new UsageError('expected exactly one HTML file');
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    throw new UsageError(`malformed URL: ${values.url}`);
  }
  return { url, file: positionals[0] as string };
}

function readHtml(file: string): Buffer {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(file);
  } catch {
    throw new UsageError(`no such file: ${file}`);
  }
  if (!stats.isFile()) throw new UsageError(`not a file: ${file}`);
  const bytes = readFileSync(file);
  const head = bytes.subarray(0, 4096);
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const isBinary = head.includes(0);
  const isHtml = HTML_EXTENSIONS.has(extname(file).toLowerCase()) ? !isBinary : !isBinary && LOOKS_LIKE_HTML.test(text);
  if (!isHtml) throw new UsageError(`not an HTML file: ${file}`);
  return bytes;
}

async function judge(url: URL, file: string, html: Buffer): Promise<{ step: string; target: string | null }> {
  // The detector answers `unknown` for any other host before reading the page.
  if (!awsSite(url)) return { step: 'unknown', target: null };
  const [browser, bundle] = await Promise.all([launchChromium(), detectorBundle()]);
  try {
    const page = await browser.newPage();
    await serveFixture(page, url.href, html, fixtureDir(file));
    await page.goto(url.href, { waitUntil: 'load', timeout: 20_000 });
    await page.evaluate(bundle);
    return await page.evaluate(
      (href) => (globalThis as unknown as { __awsMfaDetector: InPageDetector }).__awsMfaDetector.detect(href),
      url.href,
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  try {
    const { url, file } = parseCommandLine(process.argv.slice(2));
    const html = readHtml(file);
    process.stdout.write(`${JSON.stringify(await judge(url, file, html))}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`detect: ${message.split('\n')[0]}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = await main();
