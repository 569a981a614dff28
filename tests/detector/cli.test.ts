import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureCases, fixturePath } from '../support/fixtures';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'scripts', 'detect.ts');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run --silent detect -- …` does. */
async function detectCli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: ROOT, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'detect-cli-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run detect', () => {
  // Every fixture goes through the same code in tests/detector/fixtures.test.ts, in one browser;
  // here the command itself runs on a sample (each run starts its own Chromium).
  const sample = [
    'g3/en/verify-email.html',
    'g3/ja/verify-phone.html',
    'g4/en/mfa-troubleshoot-selected.html',
    'negative/signup-phone-ja.html',
  ];
  it.each(fixtureCases().filter((fixture) => sample.includes(fixture.file)))(
    '$file: prints the expected step and target as one JSON line',
    async (fixture) => {
      const result = await detectCli('--url', fixture.url, fixturePath(fixture));
      expect(result).toEqual({
        code: 0,
        stdout: `${JSON.stringify({ step: fixture.step, target: fixture.target })}\n`,
        stderr: '',
      });
    },
  );

  it.each([
    ['a missing file', ['--url', 'https://signin.aws.amazon.com/', join(scratch, 'missing.html')]],
    ['a directory', ['--url', 'https://signin.aws.amazon.com/', scratch]],
    [
      'a binary file',
      ['--url', 'https://signin.aws.amazon.com/', write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))],
    ],
    ['a JSON file', ['--url', 'https://signin.aws.amazon.com/', write('data.json', '{"step":"verify-email"}')]],
    ['a malformed URL', ['--url', 'signin.aws.amazon.com/noMfa', write('a.html', '<p>hi</p>')]],
    ['no URL', [write('b.html', '<p>hi</p>')]],
    ['no file', ['--url', 'https://signin.aws.amazon.com/']],
  ])('exits 2 with one line on stderr for %s', async (_, args) => {
    const result = await detectCli(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('answers unknown, not an error, for a page it does not recognise', async () => {
    const result = await detectCli('--url', 'https://signin.aws.amazon.com/', write('empty.html', ''));
    expect(result).toEqual({ code: 0, stdout: '{"step":"unknown","target":null}\n', stderr: '' });
  });

  it('applies the stylesheets next to the page, as Chromium would', async () => {
    const page = write(
      'styled.html',
      '<link rel="stylesheet" href="hide.css"><h1>Sign in using alternative factors of authentication</h1><h2>Step 1: Email address verification</h2><button class="send">Send verification email</button><button class="decoy">Send verification email</button>',
    );
    write('hide.css', '.decoy { display: none }');
    const result = await detectCli('--url', 'https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail', page);
    expect(result.stdout).toBe('{"step":"verify-email","target":"Send verification email"}\n');
  });
});
