import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideStoreContext } from '../../components/guide-context';
import { Popup } from '../../components/popup/Popup';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/guide/preferences';
import { NO_PROGRESS, PROGRESS_LIFETIME_MS, type Progress } from '../../lib/guide/progress';
import { progressCodec } from '../../lib/guide/progress-schema';
import { en } from '../../locales/en';
import { ja } from '../../locales/ja';
import { memoryOwner } from './memory-owner';

afterEach(cleanup);

function renderPopup(progress: Partial<Progress>, preferences: Partial<Preferences> = {}) {
  const owner = memoryOwner({ ...NO_PROGRESS, ...progress });
  const saved = owner.saved.progress;
  const store = owner.connectStore();
  store.getState().progressLoaded(owner.state.progress);
  store.getState().preferencesLoaded({ ...DEFAULT_PREFERENCES, language: 'en', ...preferences });
  const onPractise = vi.fn();
  const onPrintCard = vi.fn();
  render(
    <GuideStoreContext.Provider value={store}>
      <Popup onPractise={onPractise} onPrintCard={onPrintCard} />
    </GuideStoreContext.Provider>,
  );
  return { saved, onPractise, onPrintCard, store };
}

describe('the popup', () => {
  it('says when no recovery is in progress', () => {
    renderPopup({});
    expect(screen.getByRole('region', { name: en.popup.status }).textContent).toContain(en.popup.noRecovery);
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('shows the stored step and the time left on the email link', () => {
    renderPopup({ engaged: true, lastStep: 'email-sent', emailSentAt: Date.now() - 5 * 60_000, updatedAt: Date.now() });
    expect(screen.getByText(en.steps['email-sent'].title)).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe(en.countdownLeft('10:00'));
  });

  it('start over clears the stored progress', () => {
    const { saved, store } = renderPopup({ engaged: true, lastStep: 'verify-phone', emailSentAt: Date.now() });
    fireEvent.click(screen.getByRole('button', { name: en.startOver }));
    expect(saved.at(-1)).toMatchObject({ engaged: false, lastStep: null, emailSentAt: null });
    expect(screen.getByRole('region', { name: en.popup.status }).textContent).toContain(en.popup.noRecovery);
    expect(store.getState().progress.emailSentAt).toBeNull();
  });

  it('opens the guide on AWS pages and opens the rehearsal', () => {
    const { saved, onPractise } = renderPopup({});
    fireEvent.click(screen.getByRole('button', { name: en.popup.openGuide }));
    expect(saved.at(-1)?.engaged).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: en.popup.practise }));
    expect(onPractise).toHaveBeenCalledOnce();
  });

  it('shows no countdown once the link was used (the phone step was reached)', () => {
    const sentAt = Date.now() - 60_000;
    renderPopup({ engaged: true, lastStep: 'verify-phone', emailSentAt: sentAt, linkUsedAt: sentAt + 30_000 });
    expect(screen.getByText(en.steps['verify-phone'].title)).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('renders whatever was stored: hostile values read as no recovery', () => {
    // Failed before: an unknown step id threw while rendering and left the popup blank; `{}`
    // showed "NaN:NaN left"; a send time a year ahead showed "525614:18 left".
    const now = Date.now();
    const hostile: unknown[] = [
      {},
      'progress',
      { engaged: true, lastStep: 'take-over', emailSentAt: now, lostDeviceRemoved: false, updatedAt: now },
      {
        engaged: true,
        lastStep: 'email-sent',
        emailSentAt: now + 365 * 86_400_000,
        lostDeviceRemoved: false,
        updatedAt: now,
      },
    ];
    for (const raw of hostile) {
      renderPopup(progressCodec.decode(raw, now));
      expect(screen.getByRole('region', { name: en.popup.status }).textContent).toContain(en.popup.noRecovery);
      expect(screen.queryByRole('timer')).toBeNull();
      cleanup();
    }
  });

  it('forgets a day-old attempt, and "Open the guide" does not bring it back', () => {
    const dayAgo = Date.now() - PROGRESS_LIFETIME_MS - 60_000;
    const { saved } = renderPopup({ engaged: true, lastStep: 'email-sent', emailSentAt: dayAgo, updatedAt: dayAgo });
    expect(screen.getByRole('region', { name: en.popup.status }).textContent).toContain(en.popup.noRecovery);
    fireEvent.click(screen.getByRole('button', { name: en.popup.openGuide }));
    expect(saved.at(-1)).toMatchObject({ engaged: true, lastStep: null, emailSentAt: null });
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('speaks Japanese when chosen', () => {
    renderPopup({}, { language: 'ja' });
    expect(screen.getByText(ja.popup.privacy)).toBeTruthy();
  });

  it('opens the printable recovery card', () => {
    const { onPrintCard, onPractise } = renderPopup({});
    fireEvent.click(screen.getByRole('button', { name: en.popup.printCard }));
    expect(onPrintCard).toHaveBeenCalledTimes(1);
    expect(onPractise).not.toHaveBeenCalled();
  });
});
