import { type StepId, stepDefinition } from '../flow/steps';

/**
 * Everything the extension remembers: how far the flow got and when the verification email was
 * sent. Never anything typed or shown on the page.
 */
export interface Progress {
  /** The person asked for the guide, or reached a recovery page: show the full panel. */
  engaged: boolean;
  /** The last step recognised on any tab. */
  lastStep: StepId | null;
  /** When the verification email was sent (ms since epoch), for the link's countdown. */
  emailSentAt: number | null;
  /** On the security credentials page: the person says the lost device is removed. */
  lostDeviceRemoved: boolean;
  updatedAt: number;
}

export const NO_PROGRESS: Progress = {
  engaged: false,
  lastStep: null,
  emailSentAt: null,
  lostDeviceRemoved: false,
  updatedAt: 0,
};

/** AWS does not publish it; the seed article observed about 15 minutes. */
export const EMAIL_LINK_LIFETIME_MS = 15 * 60 * 1000;
/** Progress this old belongs to an attempt that was abandoned. */
export const PROGRESS_LIFETIME_MS = 24 * 60 * 60 * 1000;

export function isStale(progress: Progress, now: number): boolean {
  return progress.updatedAt > 0 && now - progress.updatedAt > PROGRESS_LIFETIME_MS;
}

/** The progress after `step` was recognised at `now`; the same object when nothing changed. */
export function advance(progress: Progress, step: StepId, now: number): Progress {
  const current = isStale(progress, now) ? NO_PROGRESS : progress;
  if (step === 'unknown') return current;
  const engaged = current.engaged || stepDefinition(step)?.audience === 'recovery';
  // Daily sign-ins leave no trace: nothing is recorded until the person is recovering.
  if (!engaged) return current;
  // A fresh email is sent when the email step is reached from the send button (or, in the newest
  // UI, directly): a reload of the same page must not restart the countdown.
  const freshEmail = step === 'email-sent' && (current.emailSentAt === null || current.lastStep === 'verify-email');
  const emailSentAt = freshEmail ? now : current.emailSentAt;
  if (current.engaged && step === current.lastStep && emailSentAt === current.emailSentAt) return current;
  return { ...current, engaged: true, lastStep: step, emailSentAt, updatedAt: now };
}

export function engage(progress: Progress, now: number): Progress {
  return { ...progress, engaged: true, updatedAt: now };
}

/** The email link's countdown matters from the moment it was sent until the phone step is done. */
export function showsEmailCountdown(...steps: (StepId | null)[]): boolean {
  return steps.some((step) => step !== null && stepDefinition(step)?.countdown === true);
}

/** Milliseconds left on the email link sent at `sentAt`. */
export function emailLinkMsLeft(sentAt: number, now: number): number {
  return Math.max(0, sentAt + EMAIL_LINK_LIFETIME_MS - now);
}
