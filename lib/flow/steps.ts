/**
 * The recovery flow as data (spec §3, §4): for every step id, how its page is recognised, which
 * element is clicked next, the warnings that belong to it and what comes after it.
 *
 * Recognition rules are written so that no two steps can match the same page; when AWS shows
 * something that fits two anyway, the detector answers `unknown` rather than guess.
 */
import {
  all,
  any,
  type Fact,
  hasField,
  hasFieldOfType,
  hashStartsWith,
  not,
  offers,
  says,
  selected,
  shows,
  showsSixDigitCode,
  urlMatches,
} from '../detector/facts';
import type { AwsSite } from '../hosts';
import { CONTROLS as C, type ControlSpec, FIELD_LABELS as F, PHRASES as P, type Wording } from './vocabulary';

export const STEP_IDS = [
  'signin-email',
  'security-check',
  'signin-password',
  'mfa-prompt',
  'mfa-troubleshoot',
  'verify-email',
  'email-sent',
  'verify-phone',
  'phone-call',
  'recovery-complete',
  'security-credentials',
  'iam-user',
  'phone-failed',
  'email-link-expired',
  'unknown',
] as const;
export type StepId = (typeof STEP_IDS)[number];
export type RecognisedStepId = Exclude<StepId, 'unknown'>;

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
 * Which element to highlight. The first rule whose `when` holds decides; if its control is not on
 * the page exactly once (shown, enabled, with an area), nothing is highlighted.
 */
export interface TargetRule {
  when?: Fact;
  control: ControlSpec;
}

/**
 * Who reaches a step, which decides how the guide appears there: `routine` pages are passed on
 * every daily sign-in (only a small offer shows), `recovery` pages are seen only while recovering
 * (the full guide opens), `after` pages belong to the work after recovery (the guide shows there
 * only if a recovery is under way).
 */
export type Audience = 'routine' | 'recovery' | 'after';

/** A piece of the panel that belongs to one step only. */
export type StepPanel = 'replace-device';

export interface StepDefinition {
  id: RecognisedStepId;
  audience: Audience;
  /** The email link's countdown shows on this step (while it runs). */
  countdown: boolean;
  panel?: StepPanel;
  /**
   * A section of the page the person works in before the target (the MFA devices, where only
   * they know which row is the lost one): the nearest ancestor of the target whose text contains
   * one of `phrases` and which holds the rows (`rows`, a CSS selector); without rows, the nearest
   * ancestor with the phrase.
   */
  region?: { phrases: readonly Wording[]; rows: string };
  site: AwsSite;
  /** Where this step sits in the numbered stages; branches sit in the stage they interrupt. */
  stage: Stage;
  recognise: Fact;
  targets: readonly TargetRule[];
  warnings: readonly WarningId[];
  /** The step a person normally sees after this one, if any. */
  next: RecognisedStepId | null;
}

const iamUserForm = any(says(P.iamUser), hasField(F.iamUserName));
const troubleshootOpen = any(offers(C.resyncOption), offers(C.alternativeFactorsOption));
const recoveryPage = any(says(P.alternativeFactors), says(P.emailStep), urlMatches(/^\/noMfa\b/i));
const phoneOffered = any(offers(C.phonePreferred), offers(C.voiceCall));
const phoneButtonsShown = shows(C.g4PhoneChoice);
const recoveryBlocked = any(says(P.phoneFailed), says(P.linkExpired));

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'signin-email',
    audience: 'routine',
    countdown: false,
    site: 'signin',
    stage: 'sign-in',
    recognise: all(
      any(shows(C.rootUserOption), hasField(F.rootEmail), shows(C.rootEmailLink)),
      not(hasFieldOfType('password')),
      not(says(P.securityCheck)),
      not(says(P.mfaPrompt)),
      not(iamUserForm),
    ),
    targets: [
      { when: all(shows(C.rootUserOption), not(selected(C.rootUserOption))), control: C.rootUserOption },
      { when: all(shows(C.rootEmailLink), not(hasField(F.rootEmail))), control: C.rootEmailLink },
      { control: C.next },
    ],
    warnings: [],
    next: 'signin-password',
  },
  {
    id: 'security-check',
    audience: 'routine',
    countdown: false,
    site: 'signin',
    stage: 'sign-in',
    recognise: all(
      says(P.securityCheck),
      not(says(P.signUp)),
      not(urlMatches(/^\/signup\b/i)),
      not(says(P.passwordRecovery)),
      not(hasFieldOfType('password')),
      not(says(P.mfaPrompt)),
      not(iamUserForm),
    ),
    targets: [{ control: C.captchaSubmit }],
    warnings: [],
    next: 'signin-password',
  },
  {
    id: 'signin-password',
    audience: 'routine',
    countdown: false,
    site: 'signin',
    stage: 'sign-in',
    recognise: all(
      hasFieldOfType('password'),
      says(P.rootPassword),
      not(iamUserForm),
      not(says(P.mfaPrompt)),
      not(says(P.securityCheck)),
    ),
    targets: [{ control: C.signIn }],
    warnings: [],
    next: 'mfa-prompt',
  },
  {
    id: 'mfa-prompt',
    audience: 'routine',
    countdown: false,
    site: 'signin',
    stage: 'sign-in',
    recognise: all(
      any(says(P.mfaPrompt), hasField(F.mfaCode), shows(C.troubleshootMfa)),
      not(iamUserForm),
      not(troubleshootOpen),
      not(recoveryPage),
    ),
    targets: [{ control: C.troubleshootMfa }],
    warnings: [],
    next: 'mfa-troubleshoot',
  },
  {
    id: 'mfa-troubleshoot',
    audience: 'recovery',
    countdown: false,
    site: 'signin',
    stage: 'troubleshoot',
    recognise: all(
      troubleshootOpen,
      not(iamUserForm),
      not(says(P.emailStep)),
      not(says(P.phoneStep)),
      not(urlMatches(/^\/noMfa\b/i)),
    ),
    targets: [{ when: selected(C.alternativeFactorsOption), control: C.next }, { control: C.alternativeFactorsOption }],
    warnings: [],
    next: 'verify-email',
  },
  {
    id: 'verify-email',
    audience: 'recovery',
    countdown: false,
    site: 'signin',
    stage: 'email',
    recognise: all(
      recoveryPage,
      offers(C.sendEmail),
      not(says(P.emailSent)),
      not(phoneOffered),
      not(offers(C.signInToConsole)),
      not(recoveryBlocked),
    ),
    targets: [{ control: C.sendEmail }],
    warnings: ['press-send-at-once'],
    next: 'email-sent',
  },
  {
    id: 'email-sent',
    audience: 'recovery',
    countdown: true,
    site: 'signin',
    stage: 'email',
    recognise: all(
      recoveryPage,
      any(
        says(P.emailSent),
        shows(C.resendEmail),
        all(urlMatches(/[?&]action=decoupledConfirmEmail\b/i), phoneButtonsShown),
      ),
      not(offers(C.sendEmail)),
      not(phoneOffered),
      not(showsSixDigitCode),
      not(says(P.emailVerified)),
      not(offers(C.signInToConsole)),
      not(recoveryBlocked),
    ),
    targets: [],
    warnings: ['email-link-countdown'],
    next: 'verify-phone',
  },
  {
    id: 'verify-phone',
    audience: 'recovery',
    countdown: true,
    site: 'signin',
    stage: 'phone',
    recognise: all(
      says(P.phoneStep),
      recoveryPage,
      phoneOffered,
      not(offers(C.sendEmail)),
      not(showsSixDigitCode),
      not(offers(C.signInToConsole)),
      not(says(P.signUp)),
      not(recoveryBlocked),
    ),
    targets: [{ when: offers(C.phonePreferred), control: C.phonePreferred }, { control: C.voiceCall }],
    warnings: ['press-call-at-once', 'english-voice-keypad', 'international-phone-format', 'email-link-countdown'],
    next: 'phone-call',
  },
  {
    id: 'phone-call',
    audience: 'recovery',
    countdown: false,
    site: 'signin',
    stage: 'phone',
    recognise: all(
      showsSixDigitCode,
      says(P.phoneStep),
      recoveryPage,
      not(offers(C.signInToConsole)),
      not(says(P.signUp)),
      not(recoveryBlocked),
    ),
    targets: [],
    warnings: ['english-voice-keypad'],
    next: 'recovery-complete',
  },
  {
    id: 'recovery-complete',
    audience: 'recovery',
    countdown: false,
    site: 'signin',
    stage: 'console',
    recognise: all(
      offers(C.signInToConsole),
      any(says(P.signInStep), recoveryPage),
      not(offers(C.sendEmail)),
      not(phoneOffered),
      not(recoveryBlocked),
    ),
    targets: [{ control: C.signInToConsole }],
    warnings: [],
    next: 'security-credentials',
  },
  {
    id: 'security-credentials',
    audience: 'after',
    countdown: false,
    panel: 'replace-device',
    site: 'console',
    stage: 'replace-device',
    recognise: all(
      urlMatches(/^\/iam(?:v2)?\//),
      any(hashStartsWith('#/security_credential'), says(P.mySecurityCredentials)),
      says(P.mfaSection),
    ),
    targets: [{ control: C.assignMfa }],
    region: { phrases: P.mfaSection, rows: 'table, [role="table"], [role="grid"], [role="list"], ul, ol' },
    warnings: [],
    next: null,
  },
  {
    id: 'iam-user',
    audience: 'routine',
    countdown: false,
    site: 'signin',
    stage: 'sign-in',
    recognise: iamUserForm,
    targets: [],
    warnings: ['iam-users-cannot-recover'],
    next: null,
  },
  {
    id: 'phone-failed',
    audience: 'recovery',
    countdown: false,
    site: 'signin',
    stage: 'phone',
    recognise: says(P.phoneFailed),
    targets: [],
    warnings: ['international-phone-format'],
    next: null,
  },
  {
    id: 'email-link-expired',
    audience: 'recovery',
    countdown: false,
    site: 'signin',
    stage: 'email',
    recognise: all(
      says(P.linkExpired),
      any(urlMatches(/^\/noMfa\b/i), says(P.alternativeFactors), says(P.emailStep)),
      not(says(P.passwordRecovery)),
    ),
    targets: [],
    warnings: [],
    next: null,
  },
];

const STEP_BY_ID = new Map(STEPS.map((step) => [step.id, step]));

export function stepDefinition(id: StepId): StepDefinition | undefined {
  return id === 'unknown' ? undefined : STEP_BY_ID.get(id);
}
