import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** A module bundled as one classic script, to evaluate in a page (it defines its own global). */
export async function pageBundle(entry: URL, what: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no ${what} bundle`);
  return output.text;
}
