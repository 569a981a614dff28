import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideStoreContext } from '../../components/guide-context';
import { Popup } from '../../components/popup/Popup';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/guide/preferences';
import { NO_PROGRESS, type Progress } from '../../lib/guide/progress';
import { createGuideStore } from '../../lib/guide/store';
import { en } from '../../locales/en';
import { ja } from '../../locales/ja';

afterEach(cleanup);

function renderPopup(progress: Partial<Progress>, preferences: Partial<Preferences> = {}) {
  const saved: Progress[] = [];
  const store = createGuideStore({ saveProgress: (p) => saved.push(p), savePreferences: () => {}, now: Date.now });
  store.getState().progressLoaded({ ...NO_PROGRESS, ...progress });
  store.getState().preferencesLoaded({ ...DEFAULT_PREFERENCES, language: 'en', ...preferences });
  const onPractise = vi.fn();
  render(
    <GuideStoreContext.Provider value={store}>
      <Popup onPractise={onPractise} />
    </GuideStoreContext.Provider>,
  );
  return { saved, onPractise, store };
}

describe('the popup', () => {
  it('says when no recovery is in progress', () => {
    renderPopup({});
    expect(screen.getByText(en.popup.noRecovery)).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('shows the stored step and the time left on the email link', () => {
    renderPopup({ engaged: true, lastStep: 'email-sent', emailSentAt: Date.now() - 5 * 60_000 });
    expect(screen.getByText(en.steps['email-sent'].title)).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe(en.countdownLeft('10:00'));
  });

  it('start over clears the stored progress', () => {
    const { saved, store } = renderPopup({ engaged: true, lastStep: 'verify-phone', emailSentAt: Date.now() });
    fireEvent.click(screen.getByRole('button', { name: en.startOver }));
    expect(saved.at(-1)).toMatchObject({ engaged: false, lastStep: null, emailSentAt: null });
    expect(screen.getByText(en.popup.noRecovery)).toBeTruthy();
    expect(store.getState().progress.emailSentAt).toBeNull();
  });

  it('opens the guide on AWS pages and opens the rehearsal', () => {
    const { saved, onPractise } = renderPopup({});
    fireEvent.click(screen.getByRole('button', { name: en.popup.openGuide }));
    expect(saved.at(-1)?.engaged).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: en.popup.practise }));
    expect(onPractise).toHaveBeenCalledOnce();
  });

  it('speaks Japanese when chosen', () => {
    renderPopup({}, { language: 'ja' });
    expect(screen.getByText(ja.popup.privacy)).toBeTruthy();
  });
});
