// jsdom has no layout, so no ResizeObserver or IntersectionObserver: the ring's positioning
// (@floating-ui/dom's autoUpdate) is exercised for real in tests/e2e; here it only has to mount.
class NoLayoutObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
globalThis.ResizeObserver ??= NoLayoutObserver as unknown as typeof ResizeObserver;
globalThis.IntersectionObserver ??= NoLayoutObserver as unknown as typeof IntersectionObserver;

// No extension APIs in jsdom: @wxt-dev/storage gets the in-memory fake (it picks its API when first imported).
const { fakeBrowser } = await import('@webext-core/fake-browser');
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
