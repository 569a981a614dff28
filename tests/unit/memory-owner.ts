import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/guide/preferences';
import { applyProgressEvent, NO_PROGRESS, type Progress } from '../../lib/guide/progress';
import type { GuidePersistence } from '../../lib/guide/store';

/**
 * The background's owner in memory: applies what a store reports as the real one does, and
 * keeps every stored result in order.
 */
export function memoryOwner(progress: Progress = NO_PROGRESS, preferences: Preferences = DEFAULT_PREFERENCES) {
  const saved = { progress: [] as Progress[], preferences: [] as Preferences[] };
  const state = { progress, preferences };
  const persistence: GuidePersistence = {
    reportProgress(event) {
      state.progress = applyProgressEvent(state.progress, event, 'tab:1', Date.now());
      saved.progress.push(state.progress);
    },
    savePreferences(change) {
      state.preferences = { ...state.preferences, ...change };
      saved.preferences.push(state.preferences);
    },
    now: Date.now,
  };
  return { saved, persistence, state };
}
