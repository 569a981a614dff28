/**
 * What AWS sends to the practice mailbox and says on the practice phone. AWS writes and speaks in
 * English whatever the page's language (spec §3 steps 7–9), so these are English in both rehearsals.
 * The sender, subject and link text are from the spec; the rest of the wording is [A].
 */
import { PRACTICE_ACCOUNT } from './aws-text';

export const VERIFICATION_MAIL = {
  fromName: 'Amazon Web Services',
  fromAddress: 'recover-mfa-no-reply@verify.signin.aws',
  to: PRACTICE_ACCOUNT.email,
  subject: 'AWS Email Verification',
  greeting: 'Hello,',
  body: 'You asked to sign in to your AWS account using alternative factors of authentication. To verify your email address, choose the link below.',
  link: 'Verify your email address',
  notYou:
    'If you did not ask to sign in, you can ignore this email. Someone may have typed your email address by mistake.',
  signature: 'Amazon Web Services',
} as const;

/** The automated voice of the verification call (AWS docs: it asks for the digits shown on screen). */
export const VOICE_LINES = {
  greeting:
    'Hello. This is Amazon Web Services. To verify your phone number, please enter the six-digit code shown on your screen, using your telephone keypad.',
  wrong: 'Sorry, that code is not correct. Please enter the six-digit code shown on your screen.',
  thanks: 'Thank you. Your phone number has been verified. Goodbye.',
} as const;

/** [A]: the texted code's wording is not known. */
export function smsText(code: string): string {
  return `Your AWS verification code is ${code}. Do not share this code with anyone.`;
}

export const SMS_SENDER = 'AWS';
