/**
 * The recovery flow as data (spec §3, §4): for every step id, who reaches it, how its page is
 * recognised and which element is clicked next — all the content script on every sign-in needs.
 * What the panel says at each step (its stage, warnings, own piece and what comes next) is in
 * guidance.ts.
 *
 * Recognition rules are written so that no two steps can match the same page; when AWS shows
 * something that fits two anyway, the detector answers `unknown` rather than guess.
 */
import type { AwsSite } from '../hosts';
import {
  all,
  any,
  context,
  field,
  fieldType,
  hashStartsWith,
  not,
  offers,
  type PhraseId,
  present,
  type RegionId,
  type Rule,
  says,
  selected,
  shows,
  sixDigitCode,
  type TargetRule,
  url,
  within,
} from './rules';

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
  'sms-code',
  'recovery-complete',
  'security-credentials',
  'iam-user',
  'phone-failed',
  'email-link-expired',
  'recovery-timed-out',
  'mfa-choose-device',
  'unknown',
] as const;
export type StepId = (typeof STEP_IDS)[number];
export type RecognisedStepId = Exclude<StepId, 'unknown'>;

/**
 * Who reaches a step, which decides how the guide appears there: `routine` pages are passed on
 * every daily sign-in (only a small offer shows), `recovery` pages are seen only while recovering
 * (the full guide opens), `after` pages belong to the work after recovery (the guide shows there
 * only if a recovery is under way).
 */
export type Audience = 'routine' | 'recovery' | 'after';

export interface StepDefinition {
  id: RecognisedStepId;
  audience: Audience;
  site: AwsSite;
  recognise: Rule;
  targets: readonly TargetRule[];
}

const iamUserForm = any(
  says('iamUser'),
  field('iamUserName'),
  all(field('iamAccount'), any(offers('next'), offers('signIn'))),
);
/** Both troubleshooting choices may be on screen; the one to take must be offered. */
const troubleshootShown = any(shows('resyncOption'), shows('alternativeFactorsOption'));
const troubleshootOpen = offers('alternativeFactorsOption');
const onRecoveryUrl = url(/^\/noMfa\b/i);
const recoveryPage = any(says('alternativeFactors'), says('emailStep'), onRecoveryUrl);
const phoneOffered = any(offers('phonePreferred'), offers('voiceCall'));
const phoneButtonsShown = shows('g4PhoneChoice');
const smsCodeAsked = all(field('smsCode'), says('smsCodeStep'));
const recoveryBlocked = any(says('phoneFailed'), says('linkExpired'), says('timedOut'));

/** The console's MFA devices, by what the person has done so far (spec §3 row 11). */
const deviceRows = within('mfaSection', shows('deviceRow'));
const rowSelected = within('mfaSection', selected('deviceRow'));
const confirmationOpen = within('dialog', offers('removeDevice'));
const noDeviceLeft = all(not(deviceRows), says('noMfaDevices'));

/**
 * Sections rules look inside. `mfaSection`: the nearest ancestor of the section's heading that
 * holds the device table (`holds`). `dialog`: the one dialog shown on top of the page.
 */
export const REGIONS: Record<RegionId, { heading: PhraseId; holds: string } | { selector: string }> = {
  mfaSection: { heading: 'mfaSection', holds: 'table, [role="table"], [role="grid"]' },
  dialog: { selector: '[role="dialog"], [role="alertdialog"], dialog[open]' },
};

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'signin-email',
    audience: 'routine',
    site: 'signin',
    recognise: all(
      any(shows('rootUserOption'), field('rootEmail')),
      not(fieldType('password')),
      not(says('securityCheck')),
      not(says('mfaPrompt')),
      not(iamUserForm),
    ),
    targets: [
      { when: all(shows('rootUserOption'), not(selected('rootUserOption'))), control: 'rootUserOption' },
      { when: all(shows('rootEmailLink'), not(field('rootEmail'))), control: 'rootEmailLink' },
      { control: 'next' },
    ],
  },
  {
    id: 'security-check',
    audience: 'routine',
    site: 'signin',
    recognise: all(
      says('securityCheck'),
      not(says('signUp')),
      not(url(/^\/signup\b/i)),
      not(says('passwordRecovery')),
      not(fieldType('password')),
      not(says('mfaPrompt')),
      not(iamUserForm),
    ),
    targets: [{ control: 'captchaSubmit' }],
  },
  {
    id: 'signin-password',
    audience: 'routine',
    site: 'signin',
    recognise: all(
      fieldType('password'),
      says('rootPassword'),
      not(iamUserForm),
      not(says('mfaPrompt')),
      not(says('securityCheck')),
    ),
    targets: [{ control: 'signIn' }],
  },
  {
    id: 'mfa-prompt',
    audience: 'routine',
    site: 'signin',
    recognise: all(
      any(says('mfaPrompt'), field('mfaCode'), shows('troubleshootMfa')),
      not(iamUserForm),
      not(troubleshootShown),
      not(recoveryPage),
      not(shows('mfaDeviceOption')),
      not(says('chooseMfaDevice')),
    ),
    targets: [{ control: 'troubleshootMfa' }],
  },
  {
    id: 'mfa-choose-device',
    audience: 'routine',
    site: 'signin',
    recognise: all(
      shows('mfaDeviceOption'),
      any(says('chooseMfaDevice'), says('mfaPrompt')),
      not(field('mfaCode')),
      not(fieldType('password')),
      not(iamUserForm),
      not(troubleshootShown),
      not(recoveryPage),
    ),
    targets: [{ control: 'troubleshootMfa' }],
  },
  {
    id: 'mfa-troubleshoot',
    audience: 'recovery',
    site: 'signin',
    recognise: all(
      troubleshootOpen,
      not(iamUserForm),
      not(says('emailStep')),
      not(says('phoneStep')),
      not(onRecoveryUrl),
    ),
    targets: [{ when: selected('alternativeFactorsOption'), control: 'next' }, { control: 'alternativeFactorsOption' }],
  },
  {
    id: 'verify-email',
    audience: 'recovery',
    site: 'signin',
    recognise: all(
      recoveryPage,
      offers('sendEmail'),
      not(says('emailSent')),
      not(phoneOffered),
      not(offers('signInToConsole')),
      not(recoveryBlocked),
    ),
    targets: [{ control: 'sendEmail' }],
  },
  {
    id: 'email-sent',
    audience: 'recovery',
    site: 'signin',
    recognise: all(
      recoveryPage,
      any(says('emailSent'), shows('resendEmail'), all(url(/[?&]action=decoupledConfirmEmail\b/i), phoneButtonsShown)),
      not(offers('sendEmail')),
      not(phoneOffered),
      not(sixDigitCode),
      not(says('emailVerified')),
      not(offers('signInToConsole')),
      not(smsCodeAsked),
      not(recoveryBlocked),
    ),
    targets: [],
  },
  {
    id: 'verify-phone',
    audience: 'recovery',
    site: 'signin',
    recognise: all(
      says('phoneStep'),
      recoveryPage,
      phoneOffered,
      not(offers('sendEmail')),
      not(sixDigitCode),
      not(offers('signInToConsole')),
      not(smsCodeAsked),
      not(says('signUp')),
      not(recoveryBlocked),
    ),
    targets: [{ when: offers('phonePreferred'), control: 'phonePreferred' }, { control: 'voiceCall' }],
  },
  {
    id: 'phone-call',
    audience: 'recovery',
    site: 'signin',
    recognise: all(
      sixDigitCode,
      says('phoneStep'),
      recoveryPage,
      not(offers('signInToConsole')),
      not(smsCodeAsked),
      not(says('signUp')),
      not(recoveryBlocked),
    ),
    targets: [],
  },
  {
    id: 'sms-code',
    audience: 'recovery',
    site: 'signin',
    recognise: all(
      smsCodeAsked,
      recoveryPage,
      not(offers('sendEmail')),
      not(offers('signInToConsole')),
      not(says('signUp')),
      not(recoveryBlocked),
    ),
    targets: [{ field: 'smsCode' }],
  },
  {
    id: 'recovery-complete',
    audience: 'recovery',
    site: 'signin',
    recognise: all(
      offers('signInToConsole'),
      any(says('signInStep'), recoveryPage),
      not(offers('sendEmail')),
      not(phoneOffered),
      not(recoveryBlocked),
    ),
    targets: [{ control: 'signInToConsole' }],
  },
  {
    id: 'security-credentials',
    audience: 'after',
    site: 'console',
    recognise: all(
      url(/^\/iam(?:v2)?\//),
      any(
        hashStartsWith('#/security_credential'),
        hashStartsWith('#security_credential'),
        says('mySecurityCredentials'),
      ),
      says('mfaSection'),
    ),
    targets: [
      { when: confirmationOpen, control: 'removeDevice', within: 'dialog' },
      {
        // A dialog fading in is still transparent: the "Remove" behind it is not the one to press.
        when: all(rowSelected, not(present('dialog'))),
        control: 'removeDevice',
        within: 'mfaSection',
      },
      { when: any(context('lostDeviceRemoved'), noDeviceLeft), control: 'assignMfa' },
      { region: 'mfaSection' },
    ],
  },
  {
    id: 'iam-user',
    audience: 'routine',
    site: 'signin',
    recognise: iamUserForm,
    targets: [{ control: 'rootEmailLink' }],
  },
  {
    id: 'phone-failed',
    audience: 'recovery',
    site: 'signin',
    recognise: all(says('phoneFailed'), recoveryPage),
    targets: [],
  },
  {
    id: 'email-link-expired',
    audience: 'recovery',
    site: 'signin',
    recognise: all(says('linkExpired'), recoveryPage, not(says('passwordRecovery')), not(says('timedOut'))),
    targets: [],
  },
  {
    id: 'recovery-timed-out',
    audience: 'recovery',
    site: 'signin',
    recognise: all(
      says('timedOut'),
      recoveryPage,
      not(says('linkExpired')),
      not(says('phoneFailed')),
      not(says('passwordRecovery')),
      not(says('signUp')),
    ),
    targets: [{ control: 'startAgain' }],
  },
];

const STEP_BY_ID = new Map(STEPS.map((step) => [step.id, step]));

export function stepDefinition(id: StepId): StepDefinition | undefined {
  return id === 'unknown' ? undefined : STEP_BY_ID.get(id);
}
