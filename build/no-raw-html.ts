import type { Plugin } from 'vite';

const PREACT_DIFF = /[\\/]preact[\\/]dist[\\/]preact\.module\.js$/;
const RAW_HTML_ASSIGNMENT = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;

/**
 * Removes Preact's only path to raw HTML (`dangerouslySetInnerHTML`), so that nothing in the
 * extension can insert markup: page text is always rendered as text. Our own code is already
 * barred from the prop by Biome; this makes the renderer agree, and keeps `web-ext lint` free of
 * its UNSAFE_VAR_ASSIGNMENT warning. Fails the build if Preact's code changes shape.
 */
export function noRawHtml(): Plugin {
  return {
    name: 'aws-mfa-guide:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIFF.test(id)) return null;
      const patched = code.replace(RAW_HTML_ASSIGNMENT, '(()=>{throw new Error("raw HTML is not rendered")})()');
      if (patched === code) throw new Error(`no-raw-html: Preact's dangerouslySetInnerHTML code not found in ${id}`);
      return { code: patched, map: null };
    },
  };
}
