import { createStore, type StoreApi } from 'zustand/vanilla';
import { type StepId, stepDefinition } from '../flow/steps';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';
import { advance, engage, NO_PROGRESS, type Progress } from './progress';

export interface GuideDetection {
  step: StepId;
  target: Element | null;
  targetName: string | null;
  region: Element | null;
}

/** The element the ring goes around: the region to work in first, else the element to click. */
export function highlighted(state: Pick<GuideState, 'detection' | 'progress'>): Element | null {
  const { region, target } = state.detection;
  return region && !state.progress.lostDeviceRemoved ? region : target;
}

/** What the guide shows: nothing, the small "Lost your MFA device?" tab, or the full panel. */
export type GuideMode = 'none' | 'offer' | 'panel';

export interface GuideState {
  detection: GuideDetection;
  progress: Progress;
  preferences: Preferences;
  detected(detection: GuideDetection): void;
  progressLoaded(progress: Progress): void;
  preferencesLoaded(preferences: Preferences): void;
  startGuide(): void;
  dismissOffer(): void;
  updatePreferences(change: Partial<Preferences>): void;
  markLostDeviceRemoved(): void;
  /** Recovery finished, or abandoned: forget the progress. */
  startOver(): void;
}

export interface GuidePersistence {
  saveProgress(progress: Progress): void;
  savePreferences(preferences: Preferences): void;
  now(): number;
}

export type GuideStore = StoreApi<GuideState>;

export function guideMode(state: Pick<GuideState, 'detection' | 'progress' | 'preferences'>): GuideMode {
  const audience = stepDefinition(state.detection.step)?.audience;
  if (state.progress.engaged || audience === 'recovery') return 'panel';
  if (audience === 'routine' && !state.preferences.offerDismissed) return 'offer';
  return 'none';
}

/** The guide's state in one tab, fed by detection and by storage (which every tab shares). */
export function createGuideStore(persistence: GuidePersistence): GuideStore {
  return createStore<GuideState>()((set, get) => {
    const saveProgress = (progress: Progress) => {
      if (progress === get().progress) return;
      set({ progress });
      persistence.saveProgress(progress);
    };
    const savePreferences = (preferences: Preferences) => {
      set({ preferences });
      persistence.savePreferences(preferences);
    };
    return {
      detection: { step: 'unknown', target: null, targetName: null, region: null },
      progress: NO_PROGRESS,
      preferences: DEFAULT_PREFERENCES,
      detected(detection) {
        const known = get().detection;
        const changed =
          known.step !== detection.step ||
          known.target !== detection.target ||
          known.targetName !== detection.targetName ||
          known.region !== detection.region;
        if (changed) set({ detection });
        saveProgress(advance(get().progress, detection.step, persistence.now()));
      },
      progressLoaded: (progress) => set({ progress }),
      preferencesLoaded: (preferences) => set({ preferences }),
      startGuide() {
        saveProgress(engage(get().progress, persistence.now()));
        savePreferences({ ...get().preferences, collapsed: false });
      },
      dismissOffer: () => savePreferences({ ...get().preferences, offerDismissed: true }),
      updatePreferences: (change) => savePreferences({ ...get().preferences, ...change }),
      markLostDeviceRemoved: () =>
        saveProgress({ ...get().progress, lostDeviceRemoved: true, updatedAt: persistence.now() }),
      startOver() {
        saveProgress({ ...NO_PROGRESS, updatedAt: persistence.now() });
        savePreferences({ ...get().preferences, offerDismissed: false });
      },
    };
  });
}
