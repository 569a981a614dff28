import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import guideCss from '../components/offer/offer.css?inline';
import { startGuideOnAws } from '../lib/content/guide-on-aws';
import { CONSOLE_RULES } from '../lib/detector/sites';

// The content script on the IAM console, where the lost device is replaced after recovery: the
// console's step only. No page there is passed on a daily sign-in, so it never shows the offer,
// only the panel while a recovery is under way.
export default defineUnlistedScript(() => startGuideOnAws({ css: guideCss }, { console: CONSOLE_RULES }));
