import type { GuideStore } from '../guide/store';

/** What the lean content script hands the panel bundle when the guide opens. */
export interface PanelHandoff {
  store: GuideStore;
  /** The guide's shadow root: the panel draws inside it, beside the offer. */
  shadow: ShadowRoot;
  signal: AbortSignal;
  /**
   * Settles once the detector has read the page for the first time. The panel may be asked for
   * before that (a recovery under way opens it on every page) and waits for it, so it is drawn
   * once, with the page's step, rather than drawn empty and then again.
   */
  pageRead: Promise<void>;
}

/**
 * The content script and the panel bundle it has the background inject run in the same isolated
 * world (the extension's, never the page's), so a global under a private symbol hands the store
 * over without messages or serialising.
 */
const HANDOFF = Symbol.for('aws-mfa-recovery-guide.panel-handoff');

type WithHandoff = typeof globalThis & { [HANDOFF]?: PanelHandoff };

export function leavePanelHandoff(handoff: PanelHandoff): void {
  (globalThis as WithHandoff)[HANDOFF] = handoff;
}

export function takePanelHandoff(): PanelHandoff | undefined {
  const handoff = (globalThis as WithHandoff)[HANDOFF];
  delete (globalThis as WithHandoff)[HANDOFF];
  return handoff;
}
