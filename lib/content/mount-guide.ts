import { detectOn, type Sites } from '../detector/detect';
import { connectGuideStore } from '../guide/connect';
import type { ProgressItem } from '../guide/messages';
import { type GuideState, type GuideStore, guideMode } from '../guide/store';
import { awsSiteOf } from '../hosts';
import { createGuideHost } from './guide-host';
import type { GuideLifetime } from './lifetime';
import { watchPage } from './page-watcher';
import type { PanelHandoff } from './panel-handoff';

export interface GuideOptions {
  /** The URL the detector judges the page at (the rehearsal's pages stand in for AWS URLs). */
  pageUrl: () => string;
  progress: ProgressItem;
  /** The rules pages are judged by: on AWS, the content script of each site carries only its own. */
  sites: Sites;
}

/** The guide's two faces, given by the entrypoint: the small offer (loaded with it) and the panel (on demand). */
export interface GuideUi {
  /** The base styles of the guide's shadow root (the offer's, and what the panel builds on). */
  css: string;
  /** Draws the offer in the guide's shadow root; returns its removal. Absent where no page is routine. */
  showOffer?(shadow: ShadowRoot, store: GuideStore): () => void;
  /** Loads and draws the full panel; called once, the first time the guide opens. */
  openPanel(handoff: PanelHandoff): void;
}

/**
 * Mounts the guide on a page and keeps its detection in step with it: nothing but the offer on a
 * daily sign-in, the full panel (loaded then) once a recovery page is reached or the person asks.
 * A URL that is not exactly an AWS host (a port, a trailing dot) gets nothing: no host, no storage
 * write. The host's `data-step` / `data-target` attributes are a stable contract for end-to-end checks.
 */
export async function mountGuide(lifetime: GuideLifetime, ui: GuideUi, options: GuideOptions): Promise<void> {
  if (!awsSiteOf(options.pageUrl())) return;
  const store = await connectGuideStore(lifetime.signal, options.progress);
  if (lifetime.stopped) return;
  const { host, shadow, place } = createGuideHost(lifetime, ui.css);

  const { promise: pageRead, resolve: markPageRead } = Promise.withResolvers<void>();
  let removeOffer: (() => void) | null = null;
  let panelOpened = false;
  const show = (state: GuideState) => {
    const mode = guideMode(state);
    if (mode !== 'none') place();
    if (mode === 'offer') removeOffer ??= ui.showOffer?.(shadow, store) ?? null;
    else if (removeOffer) {
      removeOffer();
      removeOffer = null;
    }
    if (mode === 'panel' && !panelOpened) {
      panelOpened = true;
      ui.openPanel({ store, shadow, signal: lifetime.signal, pageRead });
    }
  };
  lifetime.onStop(store.subscribe(show));
  show(store.getState());

  const judge = () => {
    const { lostDeviceRemoved } = store.getState().progress;
    const detection = detectOn(options.sites, document, options.pageUrl(), { lostDeviceRemoved });
    place();
    host.setAttribute('data-step', detection.step);
    if (detection.targetName === null) host.removeAttribute('data-target');
    else host.setAttribute('data-target', detection.targetName);
    store.getState().detected(detection);
    markPageRead();
  };
  watchPage(lifetime, host, judge);
  // "I have removed it" in the panel changes what is to be clicked on the same page.
  lifetime.onStop(
    store.subscribe((state, before) => {
      if (state.progress.lostDeviceRemoved !== before.progress.lostDeviceRemoved) judge();
    }),
  );
}
