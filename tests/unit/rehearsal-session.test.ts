import { describe, expect, it } from 'vitest';
import { linkToken, sixDigitCode } from '../../rehearsal/model/random';
import {
  answerCall,
  beginRecovery,
  EMAIL_LINK_LIFETIME_MS,
  ensureAttempt,
  enterCode,
  hangUp,
  newSession,
  openEmailLink,
  phoneState,
  type RehearsalSession,
  recoveryState,
  sendEmail,
  startPhoneVerification,
} from '../../rehearsal/model/session';
import { createRehearsalStore, openRehearsalStore, type SessionPersistence } from '../../rehearsal/session-store';

const T0 = Date.UTC(2026, 3, 1, 9, 0, 0);

function emailSent(now = T0): RehearsalSession {
  return sendEmail(beginRecovery(newSession('s', T0), 'a1', T0), 'tok-1', now);
}

function verified(now = T0 + 60_000): RehearsalSession {
  return openEmailLink(emailSent(), 'tok-1', now).session;
}

describe('a rehearsal session', () => {
  it('walks the whole recovery: email, link, call, keypad', () => {
    let session = beginRecovery(newSession('s', T0), 'a1', T0);
    expect(recoveryState(session.attempt)).toBe('verify-email');
    session = sendEmail(session, 'tok-1', T0 + 1000);
    expect(recoveryState(session.attempt)).toBe('email-sent');
    expect(session.mails).toEqual([{ token: 'tok-1', sentAt: T0 + 1000, used: false }]);

    const opened = openEmailLink(session, 'tok-1', T0 + 120_000);
    expect(opened.outcome).toBe('verified');
    session = opened.session;
    expect(recoveryState(session.attempt)).toBe('verify-phone');

    session = startPhoneVerification(session, 'voice', '482915', T0 + 130_000);
    expect(recoveryState(session.attempt)).toBe('phone-call');
    expect(phoneState(session.attempt)).toBe('ringing');
    session = answerCall(session, T0 + 135_000);
    expect(phoneState(session.attempt)).toBe('in-call');

    const wrong = enterCode(session, '111111', T0 + 140_000);
    expect(wrong.outcome).toBe('wrong');
    expect(recoveryState(wrong.session.attempt)).toBe('phone-call');
    expect(wrong.session.attempt?.phone?.misses).toBe(1);

    const right = enterCode(wrong.session, '482915', T0 + 150_000);
    expect(right.outcome).toBe('verified');
    expect(recoveryState(right.session.attempt)).toBe('complete');
    expect(phoneState(right.session.attempt)).toBe('ended');
  });

  it('lets the email link work once only', () => {
    const first = openEmailLink(emailSent(), 'tok-1', T0 + 1000);
    expect(first.outcome).toBe('verified');
    const second = openEmailLink(first.session, 'tok-1', T0 + 2000);
    expect(second.outcome).toBe('used');
    expect(second.session).toBe(first.session);
  });

  it('expires the link 15 minutes after the email was sent, by the clock', () => {
    expect(openEmailLink(emailSent(), 'tok-1', T0 + EMAIL_LINK_LIFETIME_MS).outcome).toBe('verified');
    const late = openEmailLink(emailSent(), 'tok-1', T0 + EMAIL_LINK_LIFETIME_MS + 1);
    expect(late.outcome).toBe('expired');
    expect(recoveryState(late.session.attempt)).toBe('email-sent');
  });

  it('lets only the newest email of the current attempt verify', () => {
    const resent = sendEmail(emailSent(), 'tok-2', T0 + 5000);
    expect(resent.mails.map((mail) => mail.token)).toEqual(['tok-1', 'tok-2']);
    expect(openEmailLink(resent, 'tok-1', T0 + 6000).outcome).toBe('replaced');
    expect(openEmailLink(resent, 'tok-2', T0 + 6000).outcome).toBe('verified');
    expect(openEmailLink(resent, 'nobody-sent-this', T0 + 6000).outcome).toBe('unknown');

    const startedAgain = beginRecovery(resent, 'a2', T0 + 7000);
    expect(recoveryState(startedAgain.attempt)).toBe('verify-email');
    expect(openEmailLink(startedAgain, 'tok-2', T0 + 8000).outcome).toBe('replaced');
  });

  it('keeps an attempt that is under way when the page is opened again', () => {
    const session = emailSent();
    expect(ensureAttempt(session, 'other', T0 + 1)).toBe(session);
    expect(ensureAttempt(newSession('s', T0), 'a9', T0).attempt?.id).toBe('a9');
  });

  it('does nothing out of order', () => {
    const fresh = newSession('s', T0);
    expect(sendEmail(fresh, 'tok', T0)).toBe(fresh);
    const sent = emailSent();
    expect(startPhoneVerification(sent, 'voice', '123456', T0)).toBe(sent);
    const calling = startPhoneVerification(verified(), 'voice', '123456', T0 + 70_000);
    expect(enterCode(calling, '123456', T0 + 71_000).outcome).toBe('ignored');
    expect(sendEmail(verified(), 'tok-9', T0)).toEqual(verified());
  });

  it('takes a texted code without a call to answer (G4 "SMS text")', () => {
    const texted = startPhoneVerification(verified(), 'sms', '730164', T0 + 70_000);
    expect(recoveryState(texted.attempt)).toBe('sms-code');
    expect(phoneState(texted.attempt)).toBe('message');
    expect(answerCall(texted, T0 + 71_000)).toBe(texted);
    expect(enterCode(texted, '730164', T0 + 80_000).outcome).toBe('verified');
  });

  it('fails the phone step when the call ends without the digits', () => {
    const answered = answerCall(startPhoneVerification(verified(), 'voice', '123456', T0 + 70_000), T0 + 75_000);
    const failed = hangUp(answered, T0 + 80_000);
    expect(recoveryState(failed.attempt)).toBe('phone-failed');
    expect(phoneState(failed.attempt)).toBe('ended');
    expect(enterCode(failed, '123456', T0 + 81_000).outcome).toBe('ignored');
    const retried = startPhoneVerification(failed, 'voice', '654321', T0 + 90_000);
    expect(recoveryState(retried.attempt)).toBe('phone-call');
  });
});

describe('random values', () => {
  const bytes = (values: number[]) => () => Uint8Array.from(values);

  it('makes six-digit codes, never one digit six times', () => {
    expect(sixDigitCode(bytes([10, 21, 32, 43, 54, 65]))).toBe('012345');
    let calls = 0;
    const repeated = (length: number) => Uint8Array.from({ length }, () => (calls++ < 6 ? 7 : calls));
    expect(sixDigitCode(repeated)).not.toBe('777777');
    for (let i = 0; i < 50; i++) expect(sixDigitCode()).toMatch(/^\d{6}$/);
  });

  it('makes link tokens the routes accept', () => {
    expect(linkToken()).toMatch(/^PRACTICE-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe('the session store', () => {
  function memory(stored: RehearsalSession | null) {
    const saved: RehearsalSession[] = [];
    let listener: ((session: RehearsalSession | null) => void) | null = null;
    const persistence: SessionPersistence = {
      load: async () => stored,
      save: (session) => saved.push(session),
      watch: (next) => {
        listener = next;
        return () => {
          listener = null;
        };
      },
    };
    return { persistence, saved, otherTab: (session: RehearsalSession | null) => listener?.(session) };
  }

  it('starts a session when none is stored (writing it over what was there), and keeps the stored one otherwise', async () => {
    const empty = memory(null);
    const store = await openRehearsalStore(empty.persistence, { id: 'new', now: T0 }, new AbortController().signal);
    expect(store.getState().session).toEqual(newSession('new', T0));
    expect(empty.saved).toEqual([newSession('new', T0)]);
    const kept = memory(emailSent());
    const resumed = await openRehearsalStore(kept.persistence, { id: 'new', now: T0 }, new AbortController().signal);
    expect(resumed.getState().session).toEqual(emailSent());
    expect(kept.saved).toHaveLength(0);
  });

  it('saves changes, follows other tabs, and ignores what is not a session', () => {
    const tabs = memory(null);
    const store = createRehearsalStore(tabs.persistence, newSession('s', T0), new AbortController().signal);
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().update((session) => beginRecovery(session, 'a', T0));
    expect(tabs.saved.at(-1)?.attempt?.id).toBe('a');
    tabs.otherTab(emailSent());
    expect(store.getState().session).toEqual(emailSent());
    // The same session again (our own write coming back), or nothing readable: no change.
    tabs.otherTab(emailSent());
    tabs.otherTab(null);
    expect(notified).toBe(2);
    expect(store.getState().reset('fresh', T0 + 1)).toEqual(newSession('fresh', T0 + 1));
    expect(tabs.saved.at(-1)).toEqual(newSession('fresh', T0 + 1));
  });

  it('stops following other tabs when its rehearsal ends', () => {
    const tabs = memory(null);
    const ended = new AbortController();
    const store = createRehearsalStore(tabs.persistence, newSession('s', T0), ended.signal);
    ended.abort();
    tabs.otherTab(emailSent());
    expect(store.getState().session).toEqual(newSession('s', T0));
  });
});
