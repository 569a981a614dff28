import { describe, expect, it } from 'vitest';
import { advance, emailLinkMsLeft, NO_PROGRESS, PROGRESS_LIFETIME_MS } from '../../lib/guide/progress';

const T0 = Date.parse('2026-11-25T10:00:00Z');

describe('progress', () => {
  it('records nothing while a person only signs in as usual', () => {
    let progress = NO_PROGRESS;
    for (const step of ['signin-email', 'signin-password', 'mfa-prompt', 'unknown'] as const) {
      progress = advance(progress, step, T0);
    }
    expect(progress).toBe(NO_PROGRESS);
  });

  it('starts the email countdown when the email is sent, and a reload does not restart it', () => {
    let progress = advance(NO_PROGRESS, 'verify-email', T0);
    progress = advance(progress, 'email-sent', T0 + 5_000);
    expect(progress.emailSentAt).toBe(T0 + 5_000);
    progress = advance(progress, 'email-sent', T0 + 60_000);
    progress = advance(progress, 'verify-phone', T0 + 120_000);
    expect(progress.emailSentAt).toBe(T0 + 5_000);
    expect(emailLinkMsLeft(progress.emailSentAt as number, T0 + 5_000 + 60_000)).toBe(14 * 60_000);
  });

  it('restarts the countdown when a new email is sent', () => {
    let progress = advance(advance(NO_PROGRESS, 'verify-email', T0), 'email-sent', T0);
    progress = advance(advance(progress, 'verify-email', T0 + 20 * 60_000), 'email-sent', T0 + 21 * 60_000);
    expect(progress.emailSentAt).toBe(T0 + 21 * 60_000);
  });

  it('starts the countdown when the newest UI lands on the sent state directly', () => {
    const progress = advance(advance(NO_PROGRESS, 'mfa-troubleshoot', T0), 'email-sent', T0 + 1_000);
    expect(progress.emailSentAt).toBe(T0 + 1_000);
  });

  it('forgets an attempt abandoned a day ago', () => {
    const old = advance(advance(NO_PROGRESS, 'verify-email', T0), 'email-sent', T0);
    expect(advance(old, 'signin-password', T0 + PROGRESS_LIFETIME_MS + 1)).toBe(NO_PROGRESS);
  });

  it('returns the same object when nothing changed, so nothing is written', () => {
    const progress = advance(NO_PROGRESS, 'verify-phone', T0);
    expect(advance(progress, 'verify-phone', T0 + 1_000)).toBe(progress);
    expect(advance(progress, 'unknown', T0 + 1_000)).toBe(progress);
  });
});
