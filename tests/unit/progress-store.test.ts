import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../lib/guide/progress';
import { NO_PROGRESS, PROGRESS_LIFETIME_MS } from '../../lib/guide/progress';
import { createGuideStore, type GuideDetection } from '../../lib/guide/store';

const NOW = Date.parse('2026-11-25T10:00:00Z');
const on = (step: GuideDetection['step'], targetName: string | null = null): GuideDetection => ({
  step,
  target: null,
  targetName,
  region: null,
});

function storeReporting() {
  const reported: ProgressEvent[] = [];
  const store = createGuideStore({
    reportProgress: (e) => reported.push(e),
    savePreferences: () => {},
    now: () => NOW,
  });
  return { store, reported };
}

describe('what a tab tells the progress owner', () => {
  it('reports a step when the page changes step, not on every re-detection, and never "unknown"', () => {
    const { store, reported } = storeReporting();
    store.getState().detected(on('verify-email', 'Send verification email'));
    store.getState().detected(on('verify-email', null));
    store.getState().detected(on('unknown'));
    store.getState().detected(on('email-sent'));
    expect(reported).toEqual([
      { kind: 'step', step: 'verify-email' },
      { kind: 'step', step: 'email-sent' },
    ]);
  });

  it('reports "Resend the email" on the sent state as a new send, shown at once (elsewhere nothing was sent)', () => {
    const { store, reported } = storeReporting();
    store.getState().progressLoaded({ ...NO_PROGRESS, engaged: true, emailSentAt: NOW - 600_000, updatedAt: NOW });
    store.getState().detected(on('verify-email'));
    store.getState().emailResent();
    expect(store.getState().progress.emailSentAt).toBe(NOW - 600_000);
    store.getState().detected(on('email-sent'));
    reported.length = 0;
    store.getState().emailResent();
    expect(reported).toEqual([{ kind: 'email-resent' }]);
    expect(store.getState().progress.emailSentAt).toBe(NOW);
  });

  it('does not show a day-old attempt, nor bring it back when the guide is opened', () => {
    const { store } = storeReporting();
    const dayAgo = NOW - PROGRESS_LIFETIME_MS - 1;
    store.getState().progressLoaded({
      ...NO_PROGRESS,
      engaged: true,
      lastStep: 'email-sent',
      emailSentAt: dayAgo,
      updatedAt: dayAgo,
    });
    expect(store.getState().progress).toBe(NO_PROGRESS);
    store.getState().startGuide();
    expect(store.getState().progress).toMatchObject({ engaged: true, lastStep: null, emailSentAt: null });
  });
});
