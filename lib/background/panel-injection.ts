import { browser } from 'wxt/browser';

/** The content script's request to load the React panel into its page. */
export const OPEN_PANEL_MESSAGE = 'guide:open-panel';
/** The panel bundle (`entrypoints/panel.tsx`), injected only into a tab whose guide opens. */
const PANEL_SCRIPT = '/panel.js';

function isOpenPanelRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === OPEN_PANEL_MESSAGE;
}

/**
 * Injects the panel into the frame whose content script asks for it, in that script's own
 * isolated world. Only our own content scripts can send it (no `externally_connectable`), and
 * only tabs on the content script's hosts can receive it (the host permissions are exactly those).
 */
export function servePanelRequests(): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isOpenPanelRequest(message) || sender.id !== browser.runtime.id || tabId === undefined) return;
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PANEL_SCRIPT] })
      .then(() => true);
  });
}

/** From the content script: leave the handoff first, then ask for the panel. */
export function requestPanel(): void {
  browser.runtime.sendMessage({ type: OPEN_PANEL_MESSAGE }).catch(() => {
    // The extension was reloaded or updated meanwhile: this copy of the guide is leaving anyway.
  });
}
