import type { RecognisedStepId } from './steps';

/**
 * Who reaches a step, which decides how the guide appears there: `routine` pages are passed on
 * every daily sign-in (only a small offer shows), `recovery` pages are seen only while recovering
 * (the full guide opens), `after` pages belong to the work after recovery (the guide shows there
 * only if a recovery is under way).
 */
export type Audience = 'routine' | 'recovery' | 'after';

/**
 * Every step's audience, kept apart from the steps' rules: the guide's store decides by it on every
 * page, and the content script of each site carries only its own site's rules.
 */
export const AUDIENCE: Record<RecognisedStepId, Audience> = {
  'signin-email': 'routine',
  'security-check': 'routine',
  'signin-password': 'routine',
  'mfa-prompt': 'routine',
  'mfa-troubleshoot': 'recovery',
  'verify-email': 'recovery',
  'email-sent': 'recovery',
  'verify-phone': 'recovery',
  'phone-call': 'recovery',
  'sms-code': 'recovery',
  'recovery-complete': 'recovery',
  'security-credentials': 'after',
  'iam-user': 'routine',
  'phone-failed': 'recovery',
  'email-link-expired': 'recovery',
  'recovery-timed-out': 'recovery',
  'mfa-choose-device': 'routine',
};
