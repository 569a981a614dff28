import { defineBackground } from 'wxt/utils/define-background';
import { servePanelRequests } from '../lib/background/panel-injection';

export default defineBackground(() => {
  servePanelRequests();
});
