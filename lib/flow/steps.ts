/**
 * The recovery flow as data (spec §3, §4): for every step id, on which AWS site it is, how its
 * page is recognised and which element is clicked next — all a site's content script needs of it.
 * Who reaches each step is in audience.ts; what the panel says at each step (its stage, warnings,
 * own piece and what comes next) is in guidance.ts.
 *
 * Recognition rules are written so that no two steps can match the same page; when AWS shows
 * something that fits two anyway, the detector answers `unknown` rather than guess.
 */
import {
  all,
  any,
  context,
  field,
  fieldType,
  hashStartsWith,
  not,
  offers,
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
import type { CONSOLE_WORDING } from './vocabulary';

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

export interface StepDefinition {
  id: RecognisedStepId;
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
 * Sections the console's rules look inside. `mfaSection`: the nearest ancestor of the section's
 * heading that holds the device table (`holds`). `dialog`: the one dialog shown on top of the page.
 */
export const REGIONS: Record<
  RegionId,
  { heading: keyof (typeof CONSOLE_WORDING)['phrases']; holds: string } | { selector: string }
> = {
  mfaSection: { heading: 'mfaSection', holds: 'table, [role="table"], [role="grid"]' },
  dialog: { selector: '[role="dialog"], [role="alertdialog"], dialog[open]' },
};

/** The sign-in pages' steps (signin.aws.amazon.com, its regional and account hosts). */
export const SIGNIN_STEPS: readonly StepDefinition[] = [
  {
    id: 'signin-email',
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
    id: 'iam-user',
    recognise: iamUserForm,
    targets: [{ control: 'rootEmailLink' }],
  },
  {
    id: 'phone-failed',
    recognise: all(says('phoneFailed'), recoveryPage),
    targets: [],
  },
  {
    id: 'email-link-expired',
    recognise: all(says('linkExpired'), recoveryPage, not(says('passwordRecovery')), not(says('timedOut'))),
    targets: [],
  },
  {
    id: 'recovery-timed-out',
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

/** The IAM console's step: replacing the lost device after recovery. */
export const CONSOLE_STEPS: readonly StepDefinition[] = [
  {
    id: 'security-credentials',
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
];

/** Every step, both sites (marked pure: a content script, which needs only its own site's, leaves it out). */
export const STEPS: readonly StepDefinition[] = /* @__PURE__ */ SIGNIN_STEPS.concat(CONSOLE_STEPS);

export function stepDefinition(id: StepId): StepDefinition | undefined {
  return STEPS.find((step) => step.id === id);
}
