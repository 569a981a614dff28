/**
 * `npm run --silent detect -- --url <url> <file.html>`: which step of the recovery flow the page
 * shows, judged as Chromium renders it, printed as one JSON line (spec §7).
 * `--explain` also writes what the detector saw (text, controls, fields, matching steps) to stderr.
 * Exit status 2, with one line on stderr, for a missing or non-HTML file or a malformed URL.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { openJudge } from './lib/judge';

class UsageError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const LOOKS_LIKE_HTML =
  /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|main|form|section|!--)/i;

const OPTIONS = { url: { type: 'string' }, explain: { type: 'boolean' } } as const;

function parseCommandLine(argv: string[]): { url: URL; file: string; explain: boolean } {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
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
  return { url, file: positionals[0] as string, explain: values.explain ?? false };
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

async function main(): Promise<number> {
  try {
    const { url, file, explain } = parseCommandLine(process.argv.slice(2));
    const html = readHtml(file);
    const judge = await openJudge();
    try {
      const { answer, explanation } = await judge.judge(url, file, html, { explain });
      if (explanation) process.stderr.write(`${JSON.stringify(explanation, null, 2)}\n`);
      process.stdout.write(`${JSON.stringify(answer)}\n`);
    } finally {
      await judge.close();
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`detect: ${message.split('\n')[0]}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = await main();
