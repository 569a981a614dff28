import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GuideApp } from '../../components/GuideApp';
import guideCss from '../../components/guide.css?inline';
import { GuideStoreContext } from '../../components/guide-context';
import { detect } from '../detector/detect';
import { GUIDE_HOST_TAG } from '../detector/visibility';
import { connectGuideStore } from '../guide/connect';
import { type ProgressItem, progressItem } from '../guide/storage';
import { watchPage } from './page-watcher';

export interface GuideOptions {
  /** The URL the detector judges the page at (the rehearsal's pages stand in for AWS URLs). */
  pageUrl: () => string;
  progress: ProgressItem;
}

const ON_AWS: GuideOptions = { pageUrl: () => location.href, progress: progressItem };

/**
 * Mounts the guide in its own shadow root at the end of `<html>` (so a page that replaces
 * `document.body` does not remove it) and keeps its detection in step with the page.
 * The host's `data-step` / `data-target` attributes are a stable contract for end-to-end checks.
 */
export async function mountGuide(ctx: ContentScriptContext, options: GuideOptions = ON_AWS): Promise<void> {
  const store = await connectGuideStore(ctx.signal, options.progress);
  const ui = await createShadowRootUi(ctx, {
    name: GUIDE_HOST_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css: guideCss,
    onMount: (container) => {
      const root = createRoot(container);
      root.render(
        <GuideStoreContext.Provider value={store}>
          <GuideApp />
        </GuideStoreContext.Provider>,
      );
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();

  const host = ui.shadowHost;
  watchPage(ctx, host, () => {
    const detection = detect(document, options.pageUrl());
    host.dataset.step = detection.step;
    if (detection.targetName === null) delete host.dataset.target;
    else host.dataset.target = detection.targetName;
    store.getState().detected(detection);
  });
}
