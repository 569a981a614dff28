import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/guide/preferences';
import { applyProgressEvent, NO_PROGRESS, type Progress } from '../../lib/guide/progress';
import { createGuideStore, type GuidePersistence, type GuideStore } from '../../lib/guide/store';

/**
 * The background's owner in memory: applies what a store reports as the real one does, keeps
 * every stored result in order, and tells the stores connected to it what it stored (as
 * lib/guide/connect.ts does for a page after each change in storage).
 */
export function memoryOwner(
  progress: Progress = NO_PROGRESS,
  preferences: Preferences = DEFAULT_PREFERENCES,
  now: () => number = Date.now,
) {
  const saved = { progress: [] as Progress[], preferences: [] as Preferences[] };
  const state = { progress, preferences };
  const stores: GuideStore[] = [];
  const tellStores = () => {
    for (const store of stores) {
      store.getState().progressLoaded(state.progress);
      store.getState().preferencesLoaded(state.preferences);
    }
  };
  const persistence: GuidePersistence = {
    reportProgress(event) {
      state.progress = applyProgressEvent(state.progress, event, 'tab:1', now());
      saved.progress.push(state.progress);
      tellStores();
    },
    savePreferences(change) {
      state.preferences = { ...state.preferences, ...change };
      saved.preferences.push(state.preferences);
      tellStores();
    },
    now,
  };
  /** A page's store, fed by this owner. */
  const connectStore = () => {
    const store = createGuideStore(persistence);
    stores.push(store);
    return store;
  };
  return { saved, persistence, state, connectStore };
}
