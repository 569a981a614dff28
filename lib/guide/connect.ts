import { browser } from 'wxt/browser';
import { changePreferences, type ProgressItem, readGuideSnapshot } from './messages';
import { createGuideStore, type GuideStore } from './store';

/**
 * A guide store for one page (an AWS tab, the popup, a rehearsal page), loaded from the storage
 * every tab shares and kept in sync with it until `signal` aborts. The background's owner alone
 * writes, and decodes: a change in storage is only the sign to ask it again, its raw value is
 * never used here.
 */
export async function connectGuideStore(signal: AbortSignal, progressItem: ProgressItem): Promise<GuideStore> {
  const store = createGuideStore({
    reportProgress: (event) => void progressItem.report(event),
    savePreferences: (change) => void changePreferences(change),
    now: Date.now,
  });
  let asked = 0;
  let shown = 0;
  const load = async () => {
    const question = ++asked;
    const snapshot = await readGuideSnapshot(progressItem.key);
    // Answers may cross: an older one never replaces a newer one.
    if (!snapshot || question < shown || signal.aborted) return;
    shown = question;
    store.getState().progressLoaded(snapshot.progress);
    store.getState().preferencesLoaded(snapshot.preferences);
  };
  await load();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (progressItem.key in changes || 'preferences' in changes)) void load();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension was reloaded or updated: its storage listeners are already gone with it.
    }
  });
  return store;
}
