import { defineConfig } from 'wxt';
import { noRawHtml } from './build/no-raw-html';
import { CONTENT_SCRIPT_MATCHES, CONTENT_SCRIPT_MATCHES_BY_SITE } from './lib/hosts';

// Firefox needs a stable id for storage to survive reinstalls, and new add-ons must declare
// what they collect: nothing.
const GECKO_ID = 'aws-mfa-recovery-guide@aws-mfa-recovery.invalid';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: () => ({
    plugins: [noRawHtml()],
    // Terser's second pass packs the content script, loaded on every AWS sign-in, a little tighter
    // than the default minifier (about 3 % after gzip), inside its 12 KB budget.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  manifest: ({ browser }) => ({
    // Localised from public/_locales/<lang>/messages.json (English and Japanese).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` and the host permissions (exactly the content script's hosts, so no new install
    // warning) let the background inject the React panel only into a tab whose guide opens.
    permissions: ['storage', 'scripting'],
    host_permissions: CONTENT_SCRIPT_MATCHES,
    // Each site's content script carries only its own steps and wording.
    content_scripts: [
      { matches: CONTENT_SCRIPT_MATCHES_BY_SITE.signin, js: ['signin-guide.js'], run_at: 'document_idle' },
      { matches: CONTENT_SCRIPT_MATCHES_BY_SITE.console, js: ['console-guide.js'], run_at: 'document_idle' },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script's host patterns are declared in one place (lib/hosts.ts); make sure the
    // generated manifest never widens them, nor asks for hosts beyond them.
    'build:manifestGenerated': (_wxt, manifest) => {
      const hostPatterns = [
        ...(manifest.host_permissions ?? []),
        ...(manifest.permissions ?? []).filter((p) => p.includes('://')),
      ];
      const unexpected = hostPatterns.filter((pattern) => !CONTENT_SCRIPT_MATCHES.includes(pattern));
      if (unexpected.length > 0) {
        throw new Error(`Unexpected host permissions in manifest: ${unexpected.join(', ')}`);
      }
      for (const script of manifest.content_scripts ?? []) {
        for (const match of script.matches ?? []) {
          if (!CONTENT_SCRIPT_MATCHES.includes(match)) throw new Error(`Unexpected content script match: ${match}`);
        }
      }
    },
  },
});
