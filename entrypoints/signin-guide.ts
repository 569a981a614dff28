import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showOffer } from '../components/offer/offer';
import offerCss from '../components/offer/offer.css?inline';
import { requestPanel } from '../lib/background/panel-injection';
import { GuideLifetime } from '../lib/content/lifetime';
import { mountGuide } from '../lib/content/mount-guide';
import { leavePanelHandoff } from '../lib/content/panel-handoff';
import { SIGNIN_RULES } from '../lib/detector/sites';
import { progressItem } from '../lib/guide/messages';

// The content script on every AWS sign-in page: the sign-in steps only, and the offer. It is
// declared in wxt.config.ts rather than with `defineContentScript`, whose context talks to the
// page (see lib/content/lifetime.ts).
export default defineUnlistedScript(() => {
  void mountGuide(
    new GuideLifetime(),
    {
      css: offerCss,
      showOffer,
      openPanel(handoff) {
        leavePanelHandoff(handoff);
        requestPanel();
      },
    },
    { pageUrl: () => location.href, progress: progressItem, sites: { signin: SIGNIN_RULES } },
  );
});
