import { pageBundle } from './page-bundle';

/** The page redaction bundled as one classic script that defines `globalThis.__awsMfaRedactor`. */
export const redactorBundle = (): Promise<string> =>
  pageBundle(new URL('../../lib/redact/in-page.ts', import.meta.url), 'redactor');
