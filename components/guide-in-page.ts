import type { GuideUi } from '../lib/content/mount-guide';
import { showOffer } from './offer/offer';
import offerCss from './offer/offer.css?inline';

/**
 * The guide's faces on the extension's own pages (the rehearsal), where React is already loaded:
 * the panel module is imported directly instead of being injected by the background.
 */
export const GUIDE_UI_IN_PAGE: GuideUi = {
  css: offerCss,
  showOffer,
  openPanel(handoff) {
    void import('./mount-panel').then(({ mountPanel }) => mountPanel(handoff));
  },
};
