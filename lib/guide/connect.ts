import { NO_PROGRESS, type Progress } from './progress';
import { type ProgressItem, preferencesItem } from './storage';
import { createGuideStore, type GuideStore } from './store';

function isEmpty(progress: Progress): boolean {
  return (
    !progress.engaged && progress.lastStep === null && progress.emailSentAt === null && !progress.lostDeviceRemoved
  );
}

/**
 * A guide store for one page (an AWS tab, the popup, a rehearsal page), loaded from and saved to
 * the storage every tab shares, and kept in sync with it until `signal` aborts.
 */
export async function connectGuideStore(signal: AbortSignal, progressItem: ProgressItem): Promise<GuideStore> {
  const store = createGuideStore({
    saveProgress: (progress) => void (isEmpty(progress) ? progressItem.removeValue() : progressItem.setValue(progress)),
    savePreferences: (preferences) => void preferencesItem.setValue(preferences),
    now: Date.now,
  });
  const [progress, preferences] = await Promise.all([progressItem.getValue(), preferencesItem.getValue()]);
  store.getState().progressLoaded(progress);
  store.getState().preferencesLoaded(preferences);
  const unwatchProgress = progressItem.watch((value) => store.getState().progressLoaded(value ?? NO_PROGRESS));
  const unwatchPreferences = preferencesItem.watch((value) => store.getState().preferencesLoaded(value));
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
