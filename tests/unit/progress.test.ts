import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEP_IDS, type StepId } from '../../lib/flow/steps';
import {
  applyProgressEvent,
  EMAIL_LINK_LIFETIME_MS,
  emailCountdown,
  engage,
  NO_PROGRESS,
  PROGRESS_LIFETIME_MS,
  type Progress,
  type ProgressEvent,
  stepRank,
} from '../../lib/guide/progress';

const T0 = Date.parse('2026-11-25T10:00:00Z');
const step = (id: StepId): ProgressEvent => ({ kind: 'step', step: id });

/** Applies `events` from one tab, a second apart from `start`. */
function walk(progress: Progress, tab: string, steps: StepId[], start: number): Progress {
  return steps.reduce((p, id, i) => applyProgressEvent(p, step(id), tab, start + i * 1_000), progress);
}

describe('progress in one tab', () => {
  it('records nothing while a person only signs in as usual', () => {
    const progress = walk(NO_PROGRESS, 'tab:1', ['signin-email', 'signin-password', 'mfa-prompt', 'unknown'], T0);
    expect(progress).toBe(NO_PROGRESS);
  });

  it('starts the countdown when the email is sent, and a reload does not restart it', () => {
    let progress = walk(NO_PROGRESS, 'tab:1', ['verify-email', 'email-sent'], T0);
    expect(progress.emailSentAt).toBe(T0 + 1_000);
    // The reloaded page reports its step again.
    progress = applyProgressEvent(progress, step('email-sent'), 'tab:1', T0 + 60_000);
    expect(progress.emailSentAt).toBe(T0 + 1_000);
    expect(emailCountdown(progress, T0 + 61_000)).toEqual({ msLeft: 14 * 60_000 });
  });

  it('restarts the countdown when the email is sent again from the send button or "Resend"', () => {
    let progress = walk(NO_PROGRESS, 'tab:1', ['verify-email', 'email-sent'], T0);
    progress = walk(progress, 'tab:1', ['verify-email', 'email-sent'], T0 + 20 * 60_000);
    expect(progress.emailSentAt).toBe(T0 + 20 * 60_000 + 1_000);
    progress = applyProgressEvent(progress, { kind: 'email-resent' }, 'tab:1', T0 + 30 * 60_000);
    expect(emailCountdown(progress, T0 + 30 * 60_000)).toEqual({ msLeft: EMAIL_LINK_LIFETIME_MS });
  });

  it('starts the countdown when the newest UI lands on the sent state directly', () => {
    const progress = walk(NO_PROGRESS, 'tab:1', ['mfa-troubleshoot', 'email-sent'], T0);
    expect(progress.emailSentAt).toBe(T0 + 1_000);
  });

  it('returns the same object when nothing changed, so nothing is written', () => {
    const progress = applyProgressEvent(NO_PROGRESS, step('verify-phone'), 'tab:1', T0);
    expect(applyProgressEvent(progress, step('verify-phone'), 'tab:1', T0 + 1_000)).toBe(progress);
    expect(applyProgressEvent(progress, step('unknown'), 'tab:1', T0 + 1_000)).toBe(progress);
  });
});

describe('progress across tabs (spec §4: one countdown for all tabs)', () => {
  it('a tab that only shows the send button does not make another tab restart the countdown', () => {
    // Failed before: tab 2's verify-email made tab 1's next email-sent a fresh send (5:00 -> 15:00).
    let progress = walk(NO_PROGRESS, 'tab:1', ['verify-email', 'email-sent'], T0);
    progress = applyProgressEvent(progress, step('verify-email'), 'tab:2', T0 + 10 * 60_000);
    progress = applyProgressEvent(progress, step('signin-password'), 'tab:1', T0 + 10 * 60_000 + 1);
    progress = applyProgressEvent(progress, step('email-sent'), 'tab:1', T0 + 10 * 60_000 + 2);
    expect(progress.emailSentAt).toBe(T0 + 1_000);
    expect(emailCountdown(progress, T0 + 10 * 60_000 + 1_000)?.msLeft).toBe(5 * 60_000);
  });

  it('ends once the link was used in any tab: no countdown on the phone step, nor back on the email tab', () => {
    let progress = walk(NO_PROGRESS, 'tab:1', ['verify-email', 'email-sent'], T0);
    progress = applyProgressEvent(progress, step('verify-phone'), 'tab:2', T0 + 60_000);
    expect(emailCountdown(progress, T0 + 61_000)).toBeNull();
    progress = applyProgressEvent(progress, step('email-sent'), 'tab:1', T0 + 62_000);
    expect(emailCountdown(progress, T0 + 63_000)).toBeNull();
    expect(progress.lastStep).toBe('verify-phone');
  });

  it('a new email after the phone step starts a new countdown', () => {
    let progress = walk(NO_PROGRESS, 'tab:1', ['verify-email', 'email-sent'], T0);
    progress = applyProgressEvent(progress, step('verify-phone'), 'tab:2', T0 + 60_000);
    progress = walk(progress, 'tab:1', ['verify-email', 'email-sent'], T0 + 20 * 60_000);
    expect(emailCountdown(progress, T0 + 20 * 60_000 + 1_000)).toEqual({ msLeft: EMAIL_LINK_LIFETIME_MS });
  });

  const tabEvent = fc.record({
    tab: fc.constantFrom('tab:1', 'tab:2'),
    event: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...STEP_IDS).map(step) },
      { weight: 1, arbitrary: fc.constantFrom<ProgressEvent>({ kind: 'engage' }, { kind: 'lost-device-removed' }) },
    ),
  });

  it('no interleaving of two tabs loses a send time or rewinds the furthest step', () => {
    fc.assert(
      fc.property(fc.array(tabEvent, { maxLength: 60 }), (events) => {
        let progress = walk(NO_PROGRESS, 'tab:1', ['verify-email', 'email-sent'], T0);
        let time = T0 + 2_000;
        for (const { tab, event } of events) {
          time += 1_000;
          const next = applyProgressEvent(progress, event, tab, time);
          expect(next.emailSentAt).not.toBeNull();
          expect(next.emailSentAt as number).toBeGreaterThanOrEqual(progress.emailSentAt as number);
          expect(stepRank(next.lastStep)).toBeGreaterThanOrEqual(stepRank(progress.lastStep));
          // A send is only ever a tab of its own arriving at the sent state.
          if (next.emailSentAt !== progress.emailSentAt) {
            expect(event).toEqual(step('email-sent'));
            expect(['verify-email', 'mfa-troubleshoot']).toContain(progress.tabs[tab]?.step);
          }
          const countdown = emailCountdown(next, time);
          if (countdown) expect(countdown.msLeft).toBeLessThanOrEqual(EMAIL_LINK_LIFETIME_MS);
          progress = next;
        }
      }),
    );
  });
});

describe('forgetting', () => {
  const old = walk(NO_PROGRESS, 'tab:1', ['verify-email', 'email-sent'], T0);
  const dayLater = T0 + PROGRESS_LIFETIME_MS + 2_000;

  it('forgets an attempt abandoned a day ago', () => {
    expect(applyProgressEvent(old, step('signin-password'), 'tab:1', dayLater)).toBe(NO_PROGRESS);
    expect(emailCountdown(old, dayLater)).toBeNull();
  });

  it('"Open the guide" does not revive a stale attempt', () => {
    // Failed before: engage() re-stamped the day-old progress, its step and send time included.
    const engaged = engage(old, dayLater);
    expect(engaged).toMatchObject({ engaged: true, lastStep: null, emailSentAt: null, updatedAt: dayLater });
  });

  it('start over forgets everything', () => {
    expect(applyProgressEvent(old, { kind: 'start-over' }, 'tab:1', T0 + 5_000)).toBe(NO_PROGRESS);
  });
});

describe('the countdown never shows a nonsense time', () => {
  it('a send time in the future is no countdown; the time left is never more than the link lifetime', () => {
    // Failed before: a stored send time a year ahead showed "525614:18 left".
    const future = { ...NO_PROGRESS, engaged: true, emailSentAt: T0 + 365 * 24 * 3_600_000, updatedAt: T0 };
    expect(emailCountdown(future, T0)).toBeNull();
    const soon = { ...future, emailSentAt: T0 + 30_000 };
    expect(emailCountdown(soon, T0)).toEqual({ msLeft: EMAIL_LINK_LIFETIME_MS });
  });
});

describe('where the countdown shows', () => {
  it('not on a failure page, which says itself what happened', () => {
    const progress = walk(NO_PROGRESS, 'tab:1', ['verify-email', 'email-sent'], T0);
    expect(emailCountdown(progress, T0 + 20 * 60_000, 'email-sent')).toEqual({ msLeft: 0 });
    expect(emailCountdown(progress, T0 + 20 * 60_000, 'email-link-expired')).toBeNull();
    expect(emailCountdown(progress, T0 + 60_000, 'verify-phone')).toBeNull();
  });
});
