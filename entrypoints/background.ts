import { defineBackground } from 'wxt/utils/define-background';
import { servePanelRequests } from '../lib/background/panel-injection';
import { startProgressOwner } from '../lib/background/progress-owner';

export default defineBackground(() => {
  servePanelRequests();
  startProgressOwner();
});
