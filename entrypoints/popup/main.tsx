import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { GuideStoreContext } from '../../components/guide-context';
import { Popup } from '../../components/popup/Popup';
import { connectGuideStore } from '../../lib/guide/connect';
import { progressItem } from '../../lib/guide/messages';
import '../../components/popup/popup.css';

const store = await connectGuideStore(new AbortController().signal, progressItem);
const practise = () => void browser.tabs.create({ url: browser.runtime.getURL('/rehearsal.html') });
const printCard = () => void browser.tabs.create({ url: browser.runtime.getURL('/card.html') });

createRoot(document.getElementById('root') as HTMLElement).render(
  <GuideStoreContext.Provider value={store}>
    <Popup onPractise={practise} onPrintCard={printCard} />
  </GuideStoreContext.Provider>,
);
