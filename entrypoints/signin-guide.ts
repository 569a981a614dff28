import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showOffer } from '../components/offer/offer';
import offerCss from '../components/offer/offer.css?inline';
import { startGuideOnAws } from '../lib/content/guide-on-aws';
import { SIGNIN_RULES } from '../lib/detector/sites';

// The content script on every AWS sign-in page: the sign-in steps only, and the offer. It is
// declared in wxt.config.ts rather than with `defineContentScript`, whose context talks to the
// page (see lib/content/lifetime.ts).
export default defineUnlistedScript(() => startGuideOnAws({ css: offerCss, showOffer }, { signin: SIGNIN_RULES }));
