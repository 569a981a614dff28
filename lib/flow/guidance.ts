/**
 * What the guide's panel says at each step (spec §3, §4): where the step sits in the numbered
 * stages, the warnings that belong to it, the piece of the panel that is its own, and the step a
 * person normally sees next. How a step is recognised is in steps.ts, who reaches it in
 * audience.ts; this table, like that one, is keyed by every recognised step id, so a new step
 * cannot go without its guidance.
 */
import type { RecognisedStepId, StepId } from './steps';

/** The numbered stages the panel shows a person. */
export const STAGES = ['sign-in', 'troubleshoot', 'email', 'phone', 'console', 'replace-device'] as const;
export type Stage = (typeof STAGES)[number];

export const WARNING_IDS = [
  'press-send-at-once',
  'press-call-at-once',
  'email-link-countdown',
  'english-voice-keypad',
  'international-phone-format',
  'iam-users-cannot-recover',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

/**
 * A piece of the panel that belongs to one step only: removing the lost device and registering
 * new ones, or what the automated voice call says (opened at once while the call is on).
 */
export type StepPanel = 'replace-device' | 'voice-transcript' | 'voice-transcript-open';

export interface StepGuidance {
  /** Where this step sits in the numbered stages; branches sit in the stage they interrupt. */
  stage: Stage;
  panel?: StepPanel;
  warnings: readonly WarningId[];
  /** The step a person normally sees after this one, if any. */
  next: RecognisedStepId | null;
}

export const STEP_GUIDANCE: Readonly<Record<RecognisedStepId, StepGuidance>> = {
  'signin-email': { stage: 'sign-in', warnings: [], next: 'signin-password' },
  'security-check': { stage: 'sign-in', warnings: [], next: 'signin-password' },
  'signin-password': { stage: 'sign-in', warnings: [], next: 'mfa-prompt' },
  'mfa-prompt': { stage: 'sign-in', warnings: [], next: 'mfa-troubleshoot' },
  'mfa-choose-device': { stage: 'sign-in', warnings: [], next: 'mfa-prompt' },
  'mfa-troubleshoot': { stage: 'troubleshoot', warnings: [], next: 'verify-email' },
  'verify-email': { stage: 'email', warnings: ['press-send-at-once'], next: 'email-sent' },
  'email-sent': { stage: 'email', warnings: ['email-link-countdown'], next: 'verify-phone' },
  'verify-phone': {
    stage: 'phone',
    panel: 'voice-transcript',
    warnings: ['press-call-at-once', 'english-voice-keypad', 'international-phone-format', 'email-link-countdown'],
    next: 'phone-call',
  },
  'phone-call': {
    stage: 'phone',
    panel: 'voice-transcript-open',
    warnings: ['english-voice-keypad'],
    next: 'recovery-complete',
  },
  'sms-code': { stage: 'phone', warnings: [], next: 'recovery-complete' },
  'recovery-complete': { stage: 'console', warnings: [], next: 'security-credentials' },
  'security-credentials': { stage: 'replace-device', panel: 'replace-device', warnings: [], next: null },
  'iam-user': { stage: 'sign-in', warnings: ['iam-users-cannot-recover'], next: null },
  'phone-failed': { stage: 'phone', warnings: ['international-phone-format'], next: null },
  'email-link-expired': { stage: 'email', warnings: [], next: null },
  'recovery-timed-out': { stage: 'email', warnings: [], next: null },
};

export function stepGuidance(id: StepId): StepGuidance | undefined {
  return id === 'unknown' ? undefined : STEP_GUIDANCE[id];
}
