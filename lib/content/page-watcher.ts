import type { GuideLifetime } from './lifetime';

const FIRST_LOOK_TIMEOUT_MS = 300;
/** Single-page apps change the URL from the page's own world, where no event reaches us. */
const URL_POLL_MS = 500;

/** Whether a batch of DOM changes touched the page itself, not only the guide's own host. */
export function pageChanged(records: readonly MutationRecord[], ownHost: Node): boolean {
  const isOwn = (node: Node) => node === ownHost || ownHost.contains(node);
  return records.some((record) => {
    if (isOwn(record.target)) return false;
    if (record.type !== 'childList') return true;
    const touched = [...record.addedNodes, ...record.removedNodes];
    return touched.length === 0 || !touched.every(isOwn);
  });
}

/**
 * Calls `onChange` once the page is idle and then at most once per animation frame after the page
 * changes: DOM mutations (except inside `ownHost`), URL changes of single-page apps, option changes
 * and resizes. Everything stops with the guide's lifetime.
 */
export function watchPage(lifetime: GuideLifetime, ownHost: Node, onChange: () => void): void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled || lifetime.stopped) return;
    scheduled = true;
    lifetime.requestAnimationFrame(() => {
      scheduled = false;
      onChange();
    });
  };

  const observer = new MutationObserver((records) => {
    if (pageChanged(records, ownHost)) schedule();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  lifetime.onStop(() => observer.disconnect());

  let href = location.href;
  lifetime.setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    schedule();
  }, URL_POLL_MS);
  lifetime.listen(window, 'hashchange', schedule);
  lifetime.listen(window, 'popstate', schedule);
  lifetime.listen(window, 'resize', schedule);
  // Choosing an option changes `checked` without touching any attribute; a dialog fading in
  // becomes clickable when its animation or transition ends, with no DOM change either.
  lifetime.listen(document, 'change', schedule, { capture: true });
  lifetime.listen(document, 'animationend', schedule, { capture: true });
  lifetime.listen(document, 'transitionend', schedule, { capture: true });
  // The first look waits until the page has settled: its own load work then runs uninterrupted and
  // our reading finds style and layout already computed.
  lifetime.requestIdleCallback(schedule, FIRST_LOOK_TIMEOUT_MS);
}
