import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPanel } from '../components/mount-panel';
import { takePanelHandoff } from '../lib/content/panel-handoff';

// Injected by the background into a tab whose guide opens; runs beside the content script.
export default defineUnlistedScript(() => {
  const handoff = takePanelHandoff();
  if (handoff) void mountPanel(handoff);
});
