import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import guideCss from '../components/offer/offer.css?inline';
import { requestPanel } from '../lib/background/panel-injection';
import { GuideLifetime } from '../lib/content/lifetime';
import { mountGuide } from '../lib/content/mount-guide';
import { leavePanelHandoff } from '../lib/content/panel-handoff';
import { CONSOLE_RULES } from '../lib/detector/sites';
import { progressItem } from '../lib/guide/messages';

// The content script on the IAM console, where the lost device is replaced after recovery: the
// console's step only. No page there is passed on a daily sign-in, so it never shows the offer,
// only the panel while a recovery is under way.
export default defineUnlistedScript(() => {
  void mountGuide(
    new GuideLifetime(),
    {
      css: guideCss,
      openPanel(handoff) {
        leavePanelHandoff(handoff);
        requestPanel();
      },
    },
    { pageUrl: () => location.href, progress: progressItem, sites: { console: CONSOLE_RULES } },
  );
});
