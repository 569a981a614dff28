/**
 * `npm run fixture:from-copy -- <saved.html> --name g4/en/verify-phone-2027 [--url <url>]
 *   [--gen g4] [--lang en] [--note "…"]`: turns a private copy a person saved from the guide
 * ("Save a private copy of this page") into a fixture page and its row in
 * tests/fixtures/cases.json. The expected answer is what the detector says today: it is printed
 * for review — correct the row by hand if the detector is wrong about the page (that is the bug
 * the copy was sent for).
 * `--url` defaults to the address the copy recorded. `--fixtures <dir>` writes elsewhere (tests).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COPY_URL_META } from '../lib/redact/copy';
import { appendCaseRow, type CaseRow } from './lib/case-rows';
import { openJudge } from './lib/judge';

const DEFAULT_FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const NAME = /^(?:g[1-4]|negative)\/(?:(?:en|ja)\/)?[a-z0-9][a-z0-9-]*$/;

const { values, positionals } = parseArgs({
  options: {
    name: { type: 'string' },
    url: { type: 'string' },
    gen: { type: 'string' },
    lang: { type: 'string' },
    note: { type: 'string' },
    fixtures: { type: 'string' },
  },
  allowPositionals: true,
});

function fail(message: string): never {
  process.stderr.write(`fixture:from-copy: ${message}\n`);
  process.exit(2);
}

const saved = positionals[0];
if (positionals.length !== 1 || !saved) fail('expected exactly one saved HTML file');
if (!existsSync(saved)) fail(`no such file: ${saved}`);
if (!values.name || !NAME.test(values.name)) fail('--name must look like g4/en/verify-phone-2027 (no .html)');
const html = readFileSync(saved);
const recordedUrl = new RegExp(`<meta name="${COPY_URL_META}" content="([^"]*)"`).exec(html.toString('utf8'))?.[1];
const url = values.url ?? recordedUrl?.replace(/&amp;/g, '&');
if (!url) fail('the file records no address: pass --url');
try {
  new URL(url);
} catch {
  fail(`malformed URL: ${url}`);
}

const fixturesDir = resolve(values.fixtures ?? DEFAULT_FIXTURES);
const file = `${values.name}.html`;
const page = join(fixturesDir, 'pages', file);
if (existsSync(page)) fail(`${file} exists already: choose another --name`);

const judge = await openJudge();
let answer: { step: string; target: string | null };
try {
  ({ answer } = await judge.judge(new URL(url), saved, html));
} finally {
  await judge.close();
}

const [gen, lang] = values.name.split('/');
const row: CaseRow = {
  file,
  url,
  step: answer.step,
  target: answer.target,
  gen: values.gen ?? (gen === 'negative' ? undefined : gen),
  lang: values.lang ?? (lang && /^(?:en|ja)$/.test(lang) ? lang : undefined),
  note: values.note ?? 'From a private copy saved by the guide; expected answer computed by the detector — review it.',
};
mkdirSync(dirname(page), { recursive: true });
copyFileSync(saved, page);
const casesFile = join(fixturesDir, 'cases.json');
writeFileSync(casesFile, appendCaseRow(readFileSync(casesFile, 'utf8'), row));
process.stdout.write(
  `Added ${file}. The detector says: ${JSON.stringify(answer)}\n` +
    'If that is not what the page shows, correct "step" and "target" in cases.json:\n' +
    `${JSON.stringify(row, null, 2)}\n`,
);
