import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GuideApp } from '../../components/GuideApp';
import { detect } from '../detector/detect';
import { GUIDE_HOST_TAG } from '../detector/visibility';
import { watchPage } from './page-watcher';

/**
 * Mounts the guide in its own shadow root at the end of `<html>` (so a page that replaces
 * `document.body` does not remove it) and keeps its detection in step with the page.
 * The host's `data-step` / `data-target` attributes are a stable contract for end-to-end checks.
 */
export async function mountGuide(ctx: ContentScriptContext): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: GUIDE_HOST_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    onMount: (container) => {
      const root = createRoot(container);
      root.render(<GuideApp />);
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();

  const host = ui.shadowHost;
  watchPage(ctx, host, () => {
    const detection = detect(document, location.href);
    host.dataset.step = detection.step;
    if (detection.targetName === null) delete host.dataset.target;
    else host.dataset.target = detection.targetName;
  });
}
