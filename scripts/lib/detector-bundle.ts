import { pageBundle } from './page-bundle';

/** The detector bundled as one classic script that defines `globalThis.__awsMfaDetector`. */
export const detectorBundle = (): Promise<string> =>
  pageBundle(new URL('../../lib/detector/in-page.ts', import.meta.url), 'detector');
