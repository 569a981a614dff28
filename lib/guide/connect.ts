import { askForRepair, changePreferences } from './messages';
import { type ProgressItem, preferencesItem, storedProgress } from './storage';
import { createGuideStore, type GuideStore } from './store';

/**
 * A guide store for one page (an AWS tab, the popup, a rehearsal page), loaded from the storage
 * every tab shares and kept in sync with it until `signal` aborts. Changes go to the background's
 * owner, which alone writes; a stored value that does not decode to itself is reported for repair.
 */
export async function connectGuideStore(signal: AbortSignal, progressItem: ProgressItem): Promise<GuideStore> {
  const store = createGuideStore({
    reportProgress: (event) => void progressItem.report(event),
    savePreferences: (change) => void changePreferences(change),
    now: Date.now,
  });
  const progress = storedProgress[progressItem.key];
  const now = Date.now();
  const [loadedProgress, loadedPreferences] = await Promise.all([progress.read(now), preferencesItem.read(now)]);
  store.getState().progressLoaded(loadedProgress.value);
  store.getState().preferencesLoaded(loadedPreferences.value);
  if (loadedProgress.needsRepair || loadedPreferences.needsRepair) void askForRepair();
  const unwatchProgress = progress.watch((value, needsRepair) => {
    store.getState().progressLoaded(value);
    if (needsRepair) void askForRepair();
  });
  const unwatchPreferences = preferencesItem.watch((value, needsRepair) => {
    store.getState().preferencesLoaded(value);
    if (needsRepair) void askForRepair();
  });
  signal.addEventListener('abort', () => {
    try {
      unwatchProgress();
      unwatchPreferences();
    } catch {
      // The extension was reloaded or updated: its storage listeners are already gone with it.
    }
  });
  return store;
}
