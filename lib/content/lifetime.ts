import { browser } from 'wxt/browser';

const ORPHAN_CHECK_MS = 1_000;

/**
 * The life of one guide on one page. Everything the guide starts (listeners, timers, frames,
 * storage watches) stops through `signal`, which aborts when `stop()` is called or when the
 * extension that started the guide is reloaded, updated or removed (its old scripts keep running
 * in the page, cut off from the extension: they must leave quietly, without touching its APIs).
 *
 * The guide does not use WXT's `ContentScriptContext`: that context announces itself to the page
 * with `window.postMessage` (carrying the extension's id) and stops when the page sends the same
 * event (wxt-dev/wxt#1752, #1359). Nothing here is visible to, or can be triggered by, the page.
 */
export class GuideLifetime {
  readonly #controller = new AbortController();

  constructor(isExtensionAlive: () => boolean = extensionIsAlive) {
    const timer = setInterval(() => {
      if (!isExtensionAlive()) this.stop();
    }, ORPHAN_CHECK_MS);
    this.signal.addEventListener('abort', () => clearInterval(timer));
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get stopped(): boolean {
    return this.signal.aborted;
  }

  stop(): void {
    this.#controller.abort();
  }

  onStop(callback: () => void): void {
    if (this.stopped) callback();
    else this.signal.addEventListener('abort', callback, { once: true });
  }

  listen<K extends string>(
    target: EventTarget,
    type: K,
    handler: (event: Event) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  setInterval(handler: () => void, ms: number): void {
    const id = setInterval(() => this.stopped || handler(), ms);
    this.onStop(() => clearInterval(id));
  }

  requestAnimationFrame(callback: () => void): void {
    const id = requestAnimationFrame(() => this.stopped || callback());
    this.onStop(() => cancelAnimationFrame(id));
  }

  requestIdleCallback(callback: () => void, timeoutMs: number): void {
    const id = requestIdleCallback(() => this.stopped || callback(), { timeout: timeoutMs });
    this.onStop(() => cancelIdleCallback(id));
  }
}

/** An orphaned content script's `runtime.id` is gone (Chrome); reading it never throws. */
function extensionIsAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
