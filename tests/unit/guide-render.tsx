import { render } from '@testing-library/react';
import { GuideApp } from '../../components/GuideApp';
import { GuideStoreContext } from '../../components/guide-context';
import type { StepId } from '../../lib/flow/steps';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/guide/preferences';
import type { Progress } from '../../lib/guide/progress';
import { createGuideStore } from '../../lib/guide/store';

export interface RenderOptions {
  step: StepId;
  targetName?: string | null;
  target?: Element | null;
  region?: Element | null;
  preferences?: Partial<Preferences>;
  progress?: Partial<Progress>;
}

/** Renders the guide with an in-memory store; returns what it saved. */
export function renderGuide(options: RenderOptions) {
  const saved = { progress: [] as Progress[], preferences: [] as Preferences[] };
  const store = createGuideStore({
    saveProgress: (progress) => saved.progress.push(progress),
    savePreferences: (preferences) => saved.preferences.push(preferences),
    now: Date.now,
  });
  store.getState().preferencesLoaded({ ...DEFAULT_PREFERENCES, language: 'en', ...options.preferences });
  if (options.progress) store.getState().progressLoaded({ ...store.getState().progress, ...options.progress });
  store.getState().detected({
    step: options.step,
    target: options.target ?? null,
    targetName: options.targetName ?? null,
    region: options.region ?? null,
  });
  const view = render(
    <GuideStoreContext.Provider value={store}>
      <GuideApp />
    </GuideStoreContext.Provider>,
  );
  return { ...view, store, saved };
}
