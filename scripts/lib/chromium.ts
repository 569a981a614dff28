import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); no browser is ever downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine without network, as root, without a GPU. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--metrics-recording-only',
  '--lang=en-US',
];

function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run "apt-get install chromium" or set CHROMIUM_PATH`);
  }
}

export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS });
}

/** Chromium names an unpacked extension after its directory: SHA-256 of the path, hex digits as a–p. */
export function extensionOrigin(extensionDir: string): string {
  const hex = createHash('sha256').update(extensionDir.replace(/\/$/, '')).digest('hex').slice(0, 32);
  return `chrome-extension://${Array.from(hex, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('')}`;
}

export interface ExtensionLaunchOptions {
  locale?: string;
  headless?: boolean;
  /** `null`: the window's own size (headed use). */
  viewport?: { width: number; height: number } | null;
}

/** Chromium with the built extension at `extensionDir` loaded, in a throwaway profile. */
export async function launchWithExtension(
  extensionDir: string,
  userDataDir: string,
  options: ExtensionLaunchOptions = {},
): Promise<BrowserContext> {
  assertChromium();
  const locale = options.locale ?? 'en-US';
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale,
    ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
    args: [
      ...QUIET_FLAGS.filter((flag) => !flag.startsWith('--lang=')),
      `--lang=${locale}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Without this, recent Chromium ignores --load-extension without a word.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ],
  });
}
