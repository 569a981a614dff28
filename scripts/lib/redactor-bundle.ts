import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../../lib/redact/in-page.ts', import.meta.url));

/** The page redaction bundled as one classic script that defines `globalThis.__awsMfaRedactor`. */
export async function redactorBundle(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no redactor bundle');
  return output.text;
}
