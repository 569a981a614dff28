/**
 * The UI is written against React's API and rendered by Preact's compatibility layer: the content
 * script loads on every AWS sign-in, and React DOM alone (≈65 KB gzip) would take it past its
 * 90 KB budget; preact/compat costs ≈5 KB. Shared by the build (wxt.config.ts) and the tests
 * (vitest.config.ts) so that what is tested is what ships.
 */
export const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];
