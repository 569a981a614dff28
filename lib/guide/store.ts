import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UnknownReason } from '../detector/detect';
import { AUDIENCE } from '../flow/audience';
import type { StepId } from '../flow/steps';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';
import { current, NO_PROGRESS, type Progress, type ProgressEvent } from './progress';

export interface GuideDetection {
  step: StepId;
  target: Element | null;
  targetName: string | null;
  region: Element | null;
  /** Why an `unknown` page is not recognised, when the detector can tell (see `Detection`). */
  unknownReason?: UnknownReason | null;
}

/** The element the ring goes around: the element to click, else the section to work in first. */
export function highlighted(state: Pick<GuideState, 'detection'>): Element | null {
  return state.detection.target ?? state.detection.region;
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
  /** "Resend the email" was pressed on the sent state: a new link, a new countdown. */
  emailResent(): void;
  /** Recovery finished, or abandoned: forget the progress. */
  startOver(): void;
}

/**
 * Where the store's changes go. Progress is never written whole from a tab, nor changed in it:
 * each change is an event the owner merges, and every tab (this one too) shows the owner's
 * result when it comes back, so tabs cannot overwrite or contradict each other.
 */
export interface GuidePersistence {
  reportProgress(event: ProgressEvent): void;
  savePreferences(change: Partial<Preferences>): void;
  now(): number;
}

export type GuideStore = StoreApi<GuideState>;

export function guideMode(state: Pick<GuideState, 'detection' | 'progress' | 'preferences'>): GuideMode {
  const { step } = state.detection;
  const audience = step === 'unknown' ? undefined : AUDIENCE[step];
  if (state.progress.engaged || audience === 'recovery') return 'panel';
  if (audience === 'routine' && !state.preferences.offerDismissed) return 'offer';
  return 'none';
}

/** The guide's state in one tab, fed by detection and by storage (which every tab shares). */
export function createGuideStore(persistence: GuidePersistence): GuideStore {
  return createStore<GuideState>()((set, get) => {
    const savePreferences = (change: Partial<Preferences>) => {
      set({ preferences: { ...get().preferences, ...change } });
      persistence.savePreferences(change);
    };
    // The owner remembers each tab's step, and only a change of step is news to it. A daily
    // sign-in leaves no trace (the owner records nothing before the guide is engaged), so a
    // routine step costs no message until then, and is told the moment the guide engages.
    let reportedStep: StepId | null = null;
    const reportStep = () => {
      const { detection, progress } = get();
      if (detection.step === 'unknown') reportedStep = null;
      if (detection.step === 'unknown' || detection.step === reportedStep) return;
      if (!progress.engaged && AUDIENCE[detection.step] !== 'recovery') return;
      reportedStep = detection.step;
      persistence.reportProgress({ kind: 'step', step: detection.step });
    };
    return {
      detection: {
        step: 'unknown',
        target: null,
        targetName: null,
        region: null,
        unknownReason: null,
      },
      progress: NO_PROGRESS,
      preferences: DEFAULT_PREFERENCES,
      detected(detection) {
        const known = get().detection;
        const changed =
          known.step !== detection.step ||
          known.target !== detection.target ||
          known.targetName !== detection.targetName ||
          known.region !== detection.region ||
          (known.unknownReason ?? null) !== (detection.unknownReason ?? null);
        if (!changed) return;
        set({ detection });
        reportStep();
      },
      progressLoaded(progress) {
        set({ progress: current(progress, persistence.now()) });
        reportStep();
      },
      preferencesLoaded: (preferences) => set({ preferences }),
      startGuide() {
        persistence.reportProgress({ kind: 'engage' });
        savePreferences({ collapsed: false });
      },
      dismissOffer: () => savePreferences({ offerDismissed: true }),
      updatePreferences: (change) => savePreferences(change),
      markLostDeviceRemoved: () => persistence.reportProgress({ kind: 'lost-device-removed' }),
      emailResent() {
        // Only the sent state offers "Resend the email"; a press anywhere else sent nothing.
        if (get().detection.step === 'email-sent') persistence.reportProgress({ kind: 'email-resent' });
      },
      startOver() {
        persistence.reportProgress({ kind: 'start-over' });
        savePreferences({ offerDismissed: false });
      },
    };
  });
}
