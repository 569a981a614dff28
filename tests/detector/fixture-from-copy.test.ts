import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedactedCopy } from '../../lib/redact/copy';
import { launchChromium } from '../../scripts/lib/chromium';
import { redactorBundle } from '../../scripts/lib/redactor-bundle';
import { fixtureDir, serveFixture } from '../../scripts/lib/serve-fixture';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(ROOT, 'scripts', 'fixture-from-copy.ts');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** A private copy of a fixture page, as the guide would save it. */
async function savedCopy(file: string): Promise<RedactedCopy> {
  const fixture = fixtureCases().find((candidate) => candidate.file === file);
  if (!fixture) throw new Error(`no fixture ${file}`);
  const page = await browser.newPage();
  await serveFixture(page, fixture.url, fixtureHtml(fixture), fixtureDir(fixturePath(fixture)));
  await page.goto(fixture.url, { waitUntil: 'load' });
  await page.evaluate(await redactorBundle());
  const copy = await page.evaluate(
    (url) =>
      (
        globalThis as unknown as { __awsMfaRedactor: { redactPage(u: string): RedactedCopy } }
      ).__awsMfaRedactor.redactPage(url),
    fixture.url,
  );
  await page.close();
  return copy;
}

describe('npm run fixture:from-copy', () => {
  it('turns a saved copy into a fixture page and appends its row with the detector answer', async () => {
    const copy = await savedCopy('g4/en/verify-phone-decoupled.html');
    const scratch = mkdtempSync(join(tmpdir(), 'fixture-from-copy-'));
    const saved = join(scratch, copy.fileName);
    writeFileSync(saved, copy.html);
    const fixtures = join(scratch, 'fixtures');
    mkdirSync(join(fixtures, 'pages'), { recursive: true });
    const existing =
      '[\n  {\n    "file": "g3/en/old.html",\n    "url": "https://signin.aws.amazon.com/",\n    "step": "unknown",\n    "target": null\n  }\n]\n';
    writeFileSync(join(fixtures, 'cases.json'), existing);

    const { stdout } = await run(TSX, [SCRIPT, saved, '--name', 'g4/en/from-a-copy', '--fixtures', fixtures], {
      cwd: ROOT,
      timeout: 60_000,
    });

    expect(stdout).toContain('The detector says: {"step":"verify-phone","target":"SMS text"}');
    expect(readFileSync(join(fixtures, 'pages', 'g4', 'en', 'from-a-copy.html'), 'utf8')).toBe(copy.html);
    const cases = readFileSync(join(fixtures, 'cases.json'), 'utf8');
    expect(cases.startsWith(existing.slice(0, existing.lastIndexOf('}') + 1))).toBe(true);
    const rows = JSON.parse(cases);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      file: 'g4/en/from-a-copy.html',
      url: 'https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail',
      step: 'verify-phone',
      target: 'SMS text',
      gen: 'g4',
      lang: 'en',
    });
  });

  it('refuses to overwrite a fixture and says why', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'fixture-from-copy-'));
    const fixtures = join(scratch, 'fixtures');
    mkdirSync(join(fixtures, 'pages', 'g3'), { recursive: true });
    writeFileSync(join(fixtures, 'pages', 'g3', 'taken.html'), '<p>old</p>');
    writeFileSync(join(fixtures, 'cases.json'), '[]\n');
    const saved = join(scratch, 'copy.html');
    writeFileSync(saved, '<!DOCTYPE html><p>new</p>');
    const failure = await run(
      TSX,
      [SCRIPT, saved, '--name', 'g3/taken', '--url', 'https://signin.aws.amazon.com/', '--fixtures', fixtures],
      { cwd: ROOT, timeout: 60_000 },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('exists already') });
    expect(readFileSync(join(fixtures, 'cases.json'), 'utf8')).toBe('[]\n');
  });
});
