import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const FIRST_LOOK_TIMEOUT_MS = 300;

/**
 * Calls `onChange` once the page is idle and then at most once per animation frame after the page changes:
 * DOM mutations (except inside `ownHost`), URL changes of single-page apps, option changes and
 * resizes. Everything stops when the content script's context is invalidated.
 */
export function watchPage(ctx: ContentScriptContext, ownHost: Element, onChange: () => void): void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled || ctx.isInvalid) return;
    scheduled = true;
    ctx.requestAnimationFrame(() => {
      scheduled = false;
      onChange();
    });
  };

  const isOwn = (node: Node) => node === ownHost || ownHost.contains(node);
  const observer = new MutationObserver((records) => {
    const pageChanged = records.some((record) => {
      if (isOwn(record.target)) return false;
      if (record.type !== 'childList') return true;
      const touched = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      return touched.length === 0 || !touched.every(isOwn);
    });
    if (pageChanged) schedule();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'resize', schedule);
  // Choosing an option changes `checked` without touching any attribute.
  ctx.addEventListener(document, 'change', schedule, { capture: true });
  // The first look waits until the page has settled: its own load work then runs uninterrupted and
  // our reading finds style and layout already computed.
  ctx.requestIdleCallback(schedule, { timeout: FIRST_LOOK_TIMEOUT_MS });
}
