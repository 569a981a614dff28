import type { Plugin } from 'vite';

const REACT_DOM_CLIENT = /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;
const RAW_HTML_ASSIGNMENT = /\(domElement\.innerHTML = key\)/g;
/** React DOM sets raw HTML in two places: creating and updating an element's props. */
const EXPECTED_ASSIGNMENTS = 2;

/**
 * Removes React DOM's only path to raw HTML (`dangerouslySetInnerHTML`), so that nothing in the
 * extension can insert markup: page text is always rendered as text. Our own code is already
 * barred from the prop by Biome; this makes the renderer agree, and keeps `web-ext lint` free of
 * its UNSAFE_VAR_ASSIGNMENT warning. Fails the build if React DOM's code changes shape.
 */
export function noRawHtml(): Plugin {
  return {
    name: 'aws-mfa-guide:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!REACT_DOM_CLIENT.test(id)) return null;
      const found = code.match(RAW_HTML_ASSIGNMENT)?.length ?? 0;
      if (found !== EXPECTED_ASSIGNMENTS) {
        throw new Error(`no-raw-html: expected ${EXPECTED_ASSIGNMENTS} raw HTML assignments in ${id}, found ${found}`);
      }
      const patched = code.replace(RAW_HTML_ASSIGNMENT, '(() => { throw new Error("raw HTML is not rendered"); })()');
      return { code: patched, map: null };
    },
  };
}
