import type { GuideLifetime } from './lifetime';

const FIRST_LOOK_TIMEOUT_MS = 300;
/** Where the Navigation API is missing (Firefox before 147, such as ESR 140), how often the URL is compared. */
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
 * Single-page apps change the URL with `history.pushState` from the page's own world, which fires
 * no event of its own. The Navigation API's `currententrychange` does fire, in every world, for
 * that, replaces, fragments and traversals; without it the URL is polled.
 */
function watchUrl(lifetime: GuideLifetime, onChange: () => void): void {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    lifetime.listen(navigation, 'currententrychange', onChange);
    return;
  }
  lifetime.listen(window, 'hashchange', onChange);
  lifetime.listen(window, 'popstate', onChange);
  let href = location.href;
  lifetime.setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    onChange();
  }, URL_POLL_MS);
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

  watchUrl(lifetime, schedule);
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
