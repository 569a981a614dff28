import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountGuide } from '../../lib/content/mount-guide';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/hosts';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => mountGuide(ctx),
});
