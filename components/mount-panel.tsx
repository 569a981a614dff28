import { createRoot } from 'react-dom/client';
import type { PanelHandoff } from '../lib/content/panel-handoff';
import { watchResendPresses } from '../lib/guide/resend-presses';
import { GuideApp } from './GuideApp';
import { GuideStoreContext } from './guide-context';
import panelCss from './panel.css?inline';

/**
 * Draws the React panel and its ring in the guide's shadow root, and follows the page's own
 * "Resend the email" (only recovery pages, where the panel is open, offer it), until the guide's
 * lifetime ends.
 */
export async function mountPanel({ store, shadow, signal, pageRead }: PanelHandoff): Promise<void> {
  await pageRead;
  if (signal.aborted) return;
  watchResendPresses(document, () => store.getState().emailResent(), signal);
  const style = document.createElement('style');
  style.textContent = panelCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  const root = createRoot(container);
  root.render(
    <GuideStoreContext.Provider value={store}>
      <GuideApp />
    </GuideStoreContext.Provider>,
  );
  signal.addEventListener(
    'abort',
    () => {
      root.unmount();
      style.remove();
      container.remove();
    },
    { once: true },
  );
}
