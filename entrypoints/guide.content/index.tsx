import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountGuide } from '../../lib/content/mount-guide';
import { SIGNIN_MATCHES } from '../../lib/hosts';

export default defineContentScript({
  matches: SIGNIN_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => mountGuide(ctx),
});
