import { render } from '@testing-library/react';
import { GuideApp } from '../../components/GuideApp';
import { GuideStoreContext } from '../../components/guide-context';
import type { StepId } from '../../lib/flow/steps';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/guide/preferences';
import { NO_PROGRESS, type Progress } from '../../lib/guide/progress';
import type { GuideDetection } from '../../lib/guide/store';
import { memoryOwner } from './memory-owner';

export interface RenderOptions {
  step: StepId;
  targetName?: string | null;
  target?: Element | null;
  region?: Element | null;
  unknownReason?: GuideDetection['unknownReason'];
  preferences?: Partial<Preferences>;
  progress?: Partial<Progress>;
}

/** Renders the guide with an in-memory store and owner; returns what the owner stored. */
export function renderGuide(options: RenderOptions) {
  const preferences = { ...DEFAULT_PREFERENCES, language: 'en' as const, ...options.preferences };
  const progress = { ...NO_PROGRESS, ...options.progress };
  const { saved, connectStore } = memoryOwner(progress, preferences);
  const store = connectStore();
  store.getState().preferencesLoaded(preferences);
  if (options.progress) store.getState().progressLoaded(progress);
  store.getState().detected({
    step: options.step,
    target: options.target ?? null,
    targetName: options.targetName ?? null,
    region: options.region ?? null,
    unknownReason: options.unknownReason ?? null,
  });
  const view = render(
    <GuideStoreContext.Provider value={store}>
      <GuideApp />
    </GuideStoreContext.Provider>,
  );
  return { ...view, store, saved };
}
