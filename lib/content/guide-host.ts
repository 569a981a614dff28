import { GUIDE_HOST_ATTRIBUTE, GUIDE_HOST_SELECTOR } from '../guide-host';
import type { GuideLifetime } from './lifetime';

/** A page that keeps removing the guide gets it back this many times, then no more (no fight, no loop). */
export const MAX_HOST_RESTORES = 5;

export interface GuideHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/**
 * The guide's own layer: a `<div>` at the end of `<html>` (so a page replacing `document.body`
 * keeps it) with an open shadow root the page's styles do not reach. A host left by an older copy
 * of the extension (Firefox injects the new copy into open tabs) is removed first. When the page
 * removes the host it is put back, at most {@link MAX_HOST_RESTORES} times; everything goes when
 * the lifetime ends.
 */
export function attachGuideHost(lifetime: GuideLifetime, css: string): GuideHost {
  for (const stale of document.querySelectorAll(GUIDE_HOST_SELECTOR)) stale.remove();
  const host = document.createElement('div');
  host.setAttribute(GUIDE_HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}\n${css}`;
  shadow.append(style);
  (document.documentElement ?? document).append(host);

  let restores = 0;
  // Only the host's parent (and the document, should the page swap `<html>` itself) is watched.
  const keeper = new MutationObserver(() => {
    const root = document.documentElement;
    if (host.isConnected || !root || restores >= MAX_HOST_RESTORES) return;
    restores++;
    root.append(host);
    keeper.observe(root, { childList: true });
  });
  keeper.observe(document, { childList: true });
  if (document.documentElement) keeper.observe(document.documentElement, { childList: true });
  lifetime.onStop(() => {
    keeper.disconnect();
    host.remove();
  });
  return { host, shadow };
}
