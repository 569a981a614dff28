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
