import { requestPanel } from '../background/panel-injection';
import type { Sites } from '../detector/detect';
import { progressItem } from '../guide/messages';
import { GuideLifetime } from './lifetime';
import { type GuideUi, mountGuide } from './mount-guide';
import { leavePanelHandoff } from './panel-handoff';

/**
 * The guide on an AWS page, as a site's content script starts it: judged at the page's own URL by
 * that site's rules, keeping the real progress, its panel injected by the background when it opens.
 */
export function startGuideOnAws(ui: Omit<GuideUi, 'openPanel'>, sites: Sites): void {
  const openPanel: GuideUi['openPanel'] = (handoff) => {
    leavePanelHandoff(handoff);
    requestPanel();
  };
  void mountGuide(
    new GuideLifetime(),
    { ...ui, openPanel },
    { pageUrl: () => location.href, progress: progressItem, sites },
  );
}
