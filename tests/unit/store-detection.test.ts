import { describe, expect, it } from 'vitest';
import { createGuideStore, type GuideDetection, highlighted } from '../../lib/guide/store';

function storeWith(detection: GuideDetection) {
  const store = createGuideStore({ reportProgress: () => {}, savePreferences: () => {}, now: () => 1_000 });
  store.getState().detected(detection);
  return store;
}

describe('what the ring goes round follows the page', () => {
  it('moves to the re-rendered MFA section when the page draws it anew with the same button', () => {
    const button = document.createElement('button');
    const firstSection = document.createElement('section');
    const store = storeWith({ step: 'security-credentials', target: null, targetName: null, region: firstSection });
    expect(highlighted(store.getState())).toBe(firstSection);

    const redrawnSection = document.createElement('section');
    store.getState().detected({ step: 'security-credentials', target: null, targetName: null, region: redrawnSection });
    expect(highlighted(store.getState())).toBe(redrawnSection);

    store.getState().detected({ step: 'security-credentials', target: button, targetName: 'Remove', region: null });
    expect(highlighted(store.getState())).toBe(button);
  });

  it('keeps the same detection object when nothing the person sees changed', () => {
    const section = document.createElement('section');
    const store = storeWith({ step: 'security-credentials', target: null, targetName: null, region: section });
    const before = store.getState().detection;
    store.getState().detected({ step: 'security-credentials', target: null, targetName: null, region: section });
    expect(store.getState().detection).toBe(before);
  });
});
