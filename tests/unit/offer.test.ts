import { fireEvent, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { showOffer } from '../../components/offer/offer';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/guide/preferences';
import { OFFER_TEXT } from '../../locales/offer';
import { memoryOwner } from './memory-owner';

afterEach(() => {
  document.body.replaceChildren();
});

function offerOnPage(preferences: Partial<Preferences> = {}) {
  const loaded: Preferences = { ...DEFAULT_PREFERENCES, language: 'en', ...preferences };
  const { saved, connectStore } = memoryOwner(undefined, loaded);
  const store = connectStore();
  store.getState().preferencesLoaded(loaded);
  store.getState().detected({ step: 'mfa-prompt', target: null, targetName: 'Troubleshoot MFA', region: null });
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const remove = showOffer(shadow, store);
  return { view: within(shadow as unknown as HTMLElement), store, saved, remove, shadow };
}

describe('the "Lost your MFA device? Guide me" offer', () => {
  it('offers the guide in a labelled region, without opening it', () => {
    const { view, store } = offerOnPage();
    expect(view.getByRole('region', { name: OFFER_TEXT.en.label })).toBeDefined();
    expect(view.getByRole('button', { name: OFFER_TEXT.en.open }).textContent).toBe(OFFER_TEXT.en.open);
    expect(store.getState().progress.engaged).toBe(false);
  });

  it('opens the full guide when pressed, and remembers it', () => {
    const { view, store, saved } = offerOnPage();
    fireEvent.click(view.getByRole('button', { name: OFFER_TEXT.en.open }));
    expect(store.getState().progress.engaged).toBe(true);
    expect(saved.progress.at(-1)?.engaged).toBe(true);
  });

  it('is dismissed for good with its × button', () => {
    const { view, saved } = offerOnPage();
    fireEvent.click(view.getByRole('button', { name: OFFER_TEXT.en.dismiss }));
    expect(saved.preferences.at(-1)?.offerDismissed).toBe(true);
  });

  it('speaks Japanese when chosen, and follows a change of language and dock at once', () => {
    const { view, store, shadow } = offerOnPage({ language: 'ja' });
    expect(view.getByRole('button', { name: OFFER_TEXT.ja.open })).toBeDefined();
    expect(shadow.querySelector('section')?.lang).toBe('ja');
    store.getState().updatePreferences({ language: 'en', dock: 'left' });
    expect(view.getByRole('button', { name: OFFER_TEXT.en.open })).toBeDefined();
    expect(shadow.querySelector('section')?.className).toBe('offer dock-left');
  });

  it('leaves no trace once removed', () => {
    const { view, remove, store } = offerOnPage();
    remove();
    expect(view.queryByRole('button')).toBeNull();
    store.getState().updatePreferences({ language: 'ja' });
    expect(view.queryByRole('button')).toBeNull();
  });
});
