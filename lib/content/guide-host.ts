import { GUIDE_HOST_ATTRIBUTE, GUIDE_HOST_SELECTOR } from '../guide-host';
import type { GuideLifetime } from './lifetime';

/** A page that keeps removing the guide gets it back this many times, then no more (no fight, no loop). */
export const MAX_HOST_RESTORES = 5;

export interface GuideHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Puts the host in the page; later calls do nothing. */
  place(): void;
}

/**
 * The guide's own layer: a `<div>` at the end of `<html>` (so a page replacing `document.body`
 * keeps it) with an open shadow root the page's styles do not reach. It is built at once but
 * enters the page only when `place()` is first called, so the detector's first reading finds the
 * page's style and layout as the page left them, and the host and what it shows cost the page
 * one style and layout pass, not two. A host left by an older copy of the extension (Firefox
 * injects the new copy into open tabs) is removed then. When the page removes the host it is put
 * back, at most {@link MAX_HOST_RESTORES} times; everything goes when the lifetime ends.
 */
export function createGuideHost(lifetime: GuideLifetime, css: string): GuideHost {
  const host = document.createElement('div');
  host.setAttribute(GUIDE_HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}\n${css}`;
  shadow.append(style);

  let restores = 0;
  // Only the host's parent (and the document, should the page swap `<html>` itself) is watched.
  const keeper = new MutationObserver(() => {
    const root = document.documentElement;
    if (host.isConnected || !root || restores >= MAX_HOST_RESTORES) return;
    restores++;
    root.append(host);
    keeper.observe(root, { childList: true });
  });
  let placed = false;
  const place = () => {
    if (placed || lifetime.stopped) return;
    placed = true;
    for (const stale of document.querySelectorAll(GUIDE_HOST_SELECTOR)) stale.remove();
    (document.documentElement ?? document).append(host);
    keeper.observe(document, { childList: true });
    if (document.documentElement) keeper.observe(document.documentElement, { childList: true });
  };
  lifetime.onStop(() => {
    keeper.disconnect();
    host.remove();
  });
  return { host, shadow, place };
}
