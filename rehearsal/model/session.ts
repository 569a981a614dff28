/**
 * What the rehearsal remembers across its tabs (the AWS pages, the practice mailbox, the practice
 * phone), and every change to it as a pure function. Time is always passed in (`now`, from
 * `Date.now`), and so are random tokens and codes, so each rule can be tested on its own.
 */
import { EMAIL_LINK_LIFETIME_MS } from '../../lib/guide/progress';

export { EMAIL_LINK_LIFETIME_MS };

/** How long a page waits for "Send verification email" / "Call me now" before it errors (seed article). */
export const PRESS_WINDOW_MS = 60_000;

/** A verification email in the practice mailbox. */
export interface Mail {
  token: string;
  sentAt: number;
  /** The link was opened once; it never works again. */
  used: boolean;
}

export type PhoneChannel = 'voice' | 'sms';

export interface PhoneVerification {
  channel: PhoneChannel;
  /** The 6 digits: shown on the page for a call, sent in the message for an SMS. */
  code: string;
  startedAt: number;
  /** The call was answered on the practice phone. */
  answeredAt: number | null;
  /** Wrong codes typed so far. */
  misses: number;
}

/** One pass through "Sign in using alternative factors", from the troubleshooting choice on. */
export interface RecoveryAttempt {
  id: string;
  startedAt: number;
  /** The token of the newest email of this attempt: only its link verifies. */
  emailToken: string | null;
  emailVerifiedAt: number | null;
  phone: PhoneVerification | null;
  phoneVerifiedAt: number | null;
  /** The call ended without the right digits. */
  phoneFailedAt: number | null;
}

export interface RehearsalSession {
  id: string;
  startedAt: number;
  attempt: RecoveryAttempt | null;
  /** Every verification email sent in this rehearsal, oldest first. */
  mails: Mail[];
}

export function newSession(id: string, now: number): RehearsalSession {
  return { id, startedAt: now, attempt: null, mails: [] };
}

/** "Sign in using alternative factors" chosen: a fresh attempt, whatever happened before. */
export function beginRecovery(session: RehearsalSession, attemptId: string, now: number): RehearsalSession {
  return {
    ...session,
    attempt: {
      id: attemptId,
      startedAt: now,
      emailToken: null,
      emailVerifiedAt: null,
      phone: null,
      phoneVerifiedAt: null,
      phoneFailedAt: null,
    },
  };
}

/** The attempt, begun now if the recovery page was opened directly. */
export function ensureAttempt(session: RehearsalSession, attemptId: string, now: number): RehearsalSession {
  return session.attempt ? session : beginRecovery(session, attemptId, now);
}

/** "Send verification email" (or "Resend the email"): a new mail whose link replaces every earlier one. */
export function sendEmail(session: RehearsalSession, token: string, now: number): RehearsalSession {
  if (!session.attempt || session.attempt.emailVerifiedAt !== null) return session;
  return {
    ...session,
    attempt: { ...session.attempt, emailToken: token },
    mails: [...session.mails, { token, sentAt: now, used: false }],
  };
}

export type LinkOutcome = 'verified' | 'expired' | 'used' | 'replaced' | 'unknown';

/**
 * The email's link was opened at `now`. Only the newest email of the current attempt verifies,
 * once, within {@link EMAIL_LINK_LIFETIME_MS} of being sent; AWS shows one "no longer valid"
 * page for every other case.
 */
export function openEmailLink(
  session: RehearsalSession,
  token: string,
  now: number,
): { outcome: LinkOutcome; session: RehearsalSession } {
  const mail = session.mails.find((candidate) => candidate.token === token);
  if (!mail) return { outcome: 'unknown', session };
  if (mail.used) return { outcome: 'used', session };
  const attempt = session.attempt;
  if (!attempt || attempt.emailToken !== token || attempt.emailVerifiedAt !== null) {
    return { outcome: 'replaced', session };
  }
  if (now - mail.sentAt > EMAIL_LINK_LIFETIME_MS) return { outcome: 'expired', session };
  return {
    outcome: 'verified',
    session: {
      ...session,
      attempt: { ...attempt, emailVerifiedAt: now },
      mails: session.mails.map((candidate) => (candidate === mail ? { ...mail, used: true } : candidate)),
    },
  };
}

/** "Call me now" / "Voice call" / "SMS text": AWS calls or texts the phone with a fresh code. */
export function startPhoneVerification(
  session: RehearsalSession,
  channel: PhoneChannel,
  code: string,
  now: number,
): RehearsalSession {
  const attempt = session.attempt;
  if (!attempt || attempt.emailVerifiedAt === null || attempt.phoneVerifiedAt !== null) return session;
  return {
    ...session,
    attempt: {
      ...attempt,
      phone: { channel, code, startedAt: now, answeredAt: null, misses: 0 },
      phoneFailedAt: null,
    },
  };
}

export function answerCall(session: RehearsalSession, now: number): RehearsalSession {
  const phone = session.attempt?.phone;
  if (!session.attempt || !phone || phone.channel !== 'voice' || phone.answeredAt !== null) return session;
  return { ...session, attempt: { ...session.attempt, phone: { ...phone, answeredAt: now } } };
}

export type CodeOutcome = 'verified' | 'wrong' | 'ignored';

/** Six digits typed on the phone's keypad (voice) or into the page (SMS). */
export function enterCode(
  session: RehearsalSession,
  digits: string,
  now: number,
): { outcome: CodeOutcome; session: RehearsalSession } {
  const attempt = session.attempt;
  const phone = attempt?.phone;
  if (!attempt || !phone || attempt.phoneVerifiedAt !== null || attempt.phoneFailedAt !== null) {
    return { outcome: 'ignored', session };
  }
  if (phone.channel === 'voice' && phone.answeredAt === null) return { outcome: 'ignored', session };
  if (digits === phone.code) {
    return { outcome: 'verified', session: { ...session, attempt: { ...attempt, phoneVerifiedAt: now } } };
  }
  return {
    outcome: 'wrong',
    session: { ...session, attempt: { ...attempt, phone: { ...phone, misses: phone.misses + 1 } } },
  };
}

/** Hanging up before the right digits: AWS reports that phone verification could not be completed. */
export function hangUp(session: RehearsalSession, now: number): RehearsalSession {
  const attempt = session.attempt;
  if (attempt?.phone?.channel !== 'voice' || attempt.phoneVerifiedAt !== null) return session;
  if (attempt.phoneFailedAt !== null) return session;
  return { ...session, attempt: { ...attempt, phoneFailedAt: now } };
}

/** Which state the "alternative factors" page is in, for every tab that shows it. */
export type RecoveryState =
  | 'verify-email'
  | 'email-sent'
  | 'verify-phone'
  | 'phone-call'
  | 'sms-code'
  | 'phone-failed'
  | 'complete';

export function recoveryState(attempt: RecoveryAttempt | null): RecoveryState {
  if (!attempt || attempt.emailToken === null) return 'verify-email';
  if (attempt.emailVerifiedAt === null) return 'email-sent';
  if (attempt.phoneVerifiedAt !== null) return 'complete';
  if (attempt.phoneFailedAt !== null) return 'phone-failed';
  if (!attempt.phone) return 'verify-phone';
  return attempt.phone.channel === 'voice' ? 'phone-call' : 'sms-code';
}

/** What the practice phone shows. */
export type PhoneState = 'idle' | 'ringing' | 'in-call' | 'message' | 'ended';

export function phoneState(attempt: RecoveryAttempt | null): PhoneState {
  const phone = attempt?.phone;
  if (!attempt || !phone) return 'idle';
  if (phone.channel === 'sms') return 'message';
  if (attempt.phoneVerifiedAt !== null || attempt.phoneFailedAt !== null) return 'ended';
  return phone.answeredAt === null ? 'ringing' : 'in-call';
}
