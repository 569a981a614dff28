import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { GUIDE_HOST_SELECTOR as GUIDE_HOST } from '../../lib/guide-host';
import { CONTENT_TYPES, htmlContentType } from '../../scripts/lib/serve-fixture';

/*
 * The built Firefox add-on (`.output/firefox-mv2`) in Debian's firefox-esr, driven by puppeteer-core
 * over WebDriver BiDi. Nothing is downloaded and nothing reaches the network:
 *
 * - The add-on is installed with `browser.installExtension(dir)`, i.e. BiDi `webExtension.install`
 *   with `{type: 'path'}`. Firefox installs an unpacked directory only as a *temporary* add-on
 *   (`AddonManager.installTemporaryAddon`), so it is gone with the throwaway profile; temporary
 *   add-ons need no signature, and the manifest's gecko id keeps `storage.local` working.
 *
 * - Pages are served by BiDi request interception (`page.setRequestInterception(true)`,
 *   `request.respond()` → `network.provideResponse` in the `beforeRequestSent` phase). Firefox
 *   implements that with `nsIHttpChannelInternal.setResponseOverride()`: the channel is answered
 *   before it opens a connection, so there is no DNS lookup, no TCP and no TLS handshake, and an
 *   `https://` URL needs no certificate. The page keeps its real URL (https://signin.aws.amazon.com/…),
 *   which the content script's match patterns require. Every other request is aborted.
 *
 * - Firefox's own background traffic: puppeteer's default profile prefs plus the WebDriver
 *   "recommended preferences" disable most of it, and the prefs below switch off the rest we saw
 *   (telemetry, updates, captive portal and connectivity checks, Safe Browsing lists, Remote
 *   Settings / Nimbus, push, region and geo lookups, DNS-over-HTTPS, prefetch and speculative
 *   connections). One catch found with strace: release builds (ESR too) ignore a
 *   `services.settings.server` override, so despite puppeteer's dummy URL Firefox kept resolving and
 *   connecting to firefox.settings.services.mozilla.com. Mozilla's own harness sets
 *   MOZ_DISABLE_NONLOCAL_CONNECTIONS=1, which makes Firefox honour the override (and skip Remote
 *   Settings sync entirely with the `data:` dummy URL) and turns any socket connection to a
 *   non-local address into an immediate crash ("FATAL ERROR: Non-local network connections are
 *   disabled…"), which is the tripwire we want.
 *
 * - Belt and braces: every proxied protocol points at a local trap proxy that answers 403 and
 *   records what it was asked for (`networkAttempts()`); the tests assert it stays empty, so a
 *   request the interception missed shows up as a named failure instead of a hang.
 */

/** Debian's firefox-esr (`apt-get install firefox-esr`); no browser is ever downloaded. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_DIR = fileURLToPath(new URL('../../.output/firefox-mv2/', import.meta.url));
export { GUIDE_HOST_SELECTOR as GUIDE_HOST } from '../../lib/guide-host';

/** Prefs on top of puppeteer's defaults: keep Firefox quiet, offline-minded and deterministic. */
function quietPrefs(trapPort: number): Record<string, unknown> {
  return {
    // Everything that is not intercepted goes to the local trap proxy, never direct.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': trapPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.failover_direct': false,
    // No DNS of our own making: no DoH, no prefetch, no speculative connections, no HTTP/3.
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.dns.disablePrefetchFromHTTPS': true,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.http.http3.enable': false,
    'browser.urlbar.speculativeConnect.enabled': false,
    'browser.places.speculativeConnect.enabled': false,
    // Connectivity and captive-portal probes.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // Remote Settings (only honoured with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1, see above), Nimbus, Normandy.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'messaging-system.rsexperimentloader.enabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.OCSP.enabled': 0,
    // Telemetry and data reporting.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.updatePing.enabled': false,
    'toolkit.telemetry.bhrPing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.crashReports.unsubmittedCheck.enabled': false,
    // Updates of Firefox, add-ons, system add-ons, plugins, search engines.
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.getAddons.discovery.api_url': 'data:, ',
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': 'data:,',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'browser.search.update': false,
    // Safe Browsing lists.
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.passwords.enabled': false,
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google.gethashURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google4.gethashURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.mozilla.gethashURL': '',
    // Push, region, geolocation, accounts, suggestions, sponsored tiles, ML models, translations.
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'browser.urlbar.merino.endpointURL': '',
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.aboutwelcome.enabled': false,
    'browser.discovery.enabled': false,
    'browser.ml.enable': false,
    'browser.translations.enable': false,
    // The same page every run: English, reduced motion (the ring scrolls its target into view
    // instantly instead of smoothly and does not pulse).
    'intl.locale.requested': 'en-US',
    'intl.accept_languages': 'en-US, en',
    'ui.prefersReducedMotion': 1,
  };
}

/** A local "proxy" that refuses everything and remembers what it was asked for. */
async function startTrapProxy(): Promise<{ server: Server; port: number; attempts: string[] }> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', (data) => {
      attempts.push(data.toString('latin1').split('\r\n', 1)[0] ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  server.on('close', () => {
    for (const socket of sockets) socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('trap proxy has no port');
  return { server, port: address.port, attempts };
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

interface Route {
  url: string;
  html: Buffer;
  fileDir?: string;
}

/** One tab whose every request is answered from local files or aborted. */
export interface FixtureTab {
  page: Page;
  /**
   * Serves `html` at `url` and navigates there from about:blank, so the content script always
   * starts on a fresh document even when the URL is the one already open.
   */
  show(url: string, html: Buffer | string, fileDir?: string): Promise<void>;
  /** URLs this tab asked for that were aborted (images, favicon, anything not served). */
  aborted(): string[];
  close(): Promise<void>;
}

export interface FirefoxWithAddon {
  browser: Browser;
  addonId: string;
  openTab(): Promise<FixtureTab>;
  /** Request lines that got past interception and reached the trap proxy; must stay empty. */
  networkAttempts(): string[];
  close(): Promise<void>;
}

function answer(request: HTTPRequest, route: Route | null, aborted: string[]): Promise<void> {
  const requested = request.url();
  if (route && withoutHash(requested) === withoutHash(route.url) && request.isNavigationRequest()) {
    return request.respond({ status: 200, contentType: htmlContentType(route.html), body: route.html });
  }
  if (route?.fileDir && requested.startsWith('http')) {
    const parsed = new URL(requested);
    if (parsed.origin === new URL(route.url).origin) {
      // `<link href="style.css">` on a page served at /noMfa resolves to /style.css: look beside the HTML file.
      const fromPage = posix.relative(posix.dirname(new URL(route.url).pathname), decodeURIComponent(parsed.pathname));
      const local = resolve(route.fileDir, fromPage);
      if (!relative(route.fileDir, local).startsWith('..') && existsSync(local) && statSync(local).isFile()) {
        const ext = local.slice(local.lastIndexOf('.'));
        return request.respond({
          status: 200,
          contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
          body: readFileSync(local),
        });
      }
    }
  }
  if (requested !== 'about:blank') aborted.push(requested);
  return request.abort('blockedbyclient');
}

async function openFixtureTab(browser: Browser): Promise<FixtureTab> {
  const page = await browser.newPage();
  let route: Route | null = null;
  const aborted: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // about:blank and data: are not network requests and are never paused.
    if (!request.url().startsWith('http')) return;
    answer(request, route, aborted).catch(() => {
      // The page may have navigated away while the request was paused.
    });
  });
  return {
    page,
    async show(url, html, fileDir) {
      await page.goto('about:blank');
      route = { url, html: typeof html === 'string' ? Buffer.from(html) : html, fileDir };
      const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    },
    aborted: () => [...aborted],
    close: () => page.close(),
  };
}

/** firefox-esr with the built add-on installed temporarily, in a throwaway profile. */
export async function startFirefox(): Promise<FirefoxWithAddon> {
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No built add-on in ${FIREFOX_BUILD_DIR}: run "npm run build" first`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: run "apt-get install firefox-esr" or set FIREFOX_PATH`);
  }
  const trap = await startTrapProxy();
  const profile = mkdtempSync(join(tmpdir(), 'aws-mfa-guide-firefox-'));
  let browser: Browser | undefined;
  const close = async () => {
    // A Firefox that crashed (see MOZ_DISABLE_NONLOCAL_CONNECTIONS) may never answer `close`.
    const closed = browser?.close().then(
      () => true,
      () => false,
    );
    const timeout = new Promise<false>((done) => setTimeout(() => done(false), 10_000).unref());
    if (browser && !(await Promise.race([closed, timeout]))) browser.process()?.kill('SIGKILL');
    await new Promise<void>((done) => trap.server.close(() => done()));
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: quietPrefs(trap.port),
      env: {
        ...process.env,
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_HEADLESS: '1',
      },
    });
    const addonId = await browser.installExtension(FIREFOX_BUILD_DIR);
    const firefox = browser;
    return {
      browser: firefox,
      addonId,
      openTab: () => openFixtureTab(firefox),
      networkAttempts: () => [...trap.attempts],
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface GuideState {
  step: string | null;
  target: string | null;
}

/** The host's `data-step` / `data-target`, waiting (up to `timeout`) until they equal `expected`. */
export async function guideState(page: Page, expected: GuideState, timeout = 10_000): Promise<GuideState> {
  const read = () =>
    page.evaluate((tag) => {
      const host = document.querySelector(tag);
      return { step: host?.getAttribute('data-step') ?? null, target: host?.getAttribute('data-target') ?? null };
    }, GUIDE_HOST);
  try {
    await page.waitForFunction(
      (tag, want) => {
        const host = document.querySelector(tag);
        return (
          host?.getAttribute('data-step') === want.step && (host?.getAttribute('data-target') ?? null) === want.target
        );
      },
      { timeout, polling: 50 },
      GUIDE_HOST,
      expected,
    );
  } catch {
    // Report what the page shows instead of a bare timeout.
  }
  return read();
}

/** The host's `data-step`, once the content script has judged the page (null: no host). */
export async function guideStep(page: Page, timeout = 10_000): Promise<string | null> {
  await page.waitForSelector(`${GUIDE_HOST}[data-step]`, { timeout });
  return page.$eval(GUIDE_HOST, (host) => host.getAttribute('data-step'));
}
