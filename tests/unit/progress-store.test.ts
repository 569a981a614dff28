import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../lib/guide/progress';
import { NO_PROGRESS, PROGRESS_LIFETIME_MS } from '../../lib/guide/progress';
import { createGuideStore, type GuideDetection } from '../../lib/guide/store';
import { memoryOwner } from './memory-owner';

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

  it('tells nothing of a daily sign-in, and tells the step it is on the moment the guide engages', () => {
    const { store, reported } = storeReporting();
    store.getState().detected(on('signin-email', 'Next'));
    store.getState().detected(on('signin-password'));
    expect(reported).toEqual([]);
    store.getState().startGuide();
    store.getState().progressLoaded({ ...NO_PROGRESS, engaged: true, updatedAt: NOW });
    store.getState().progressLoaded({ ...NO_PROGRESS, engaged: true, updatedAt: NOW });
    expect(reported).toEqual([{ kind: 'engage' }, { kind: 'step', step: 'signin-password' }]);
  });

  it('reports "Resend the email" on the sent state as a new send, and shows the time the owner stored (elsewhere nothing was sent)', () => {
    let now = NOW;
    const sentBefore = NOW - 600_000;
    const owner = memoryOwner(
      { ...NO_PROGRESS, engaged: true, emailSentAt: sentBefore, updatedAt: NOW },
      undefined,
      () => now,
    );
    const store = owner.connectStore();
    store.getState().progressLoaded(owner.state.progress);
    store.getState().detected(on('email-link-expired'));
    store.getState().emailResent();
    expect(store.getState().progress.emailSentAt).toBe(sentBefore);
    store.getState().detected(on('email-sent'));
    now = NOW + 5_000;
    store.getState().emailResent();
    expect(store.getState().progress.emailSentAt).toBe(NOW + 5_000);
  });

  it('does not show a day-old attempt, nor bring it back when the guide is opened', () => {
    const dayAgo = NOW - PROGRESS_LIFETIME_MS - 1;
    const stale = {
      ...NO_PROGRESS,
      engaged: true,
      lastStep: 'email-sent' as const,
      emailSentAt: dayAgo,
      updatedAt: dayAgo,
    };
    const owner = memoryOwner(stale, undefined, () => NOW);
    const store = owner.connectStore();
    store.getState().progressLoaded(stale);
    expect(store.getState().progress).toBe(NO_PROGRESS);
    store.getState().startGuide();
    expect(store.getState().progress).toMatchObject({ engaged: true, lastStep: null, emailSentAt: null });
  });
});
