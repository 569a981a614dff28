/** English strings of the guide. `ja.ts` must provide the same keys (the type checker enforces it). */
import type { Widen } from './widen';

export const en = {
  guideName: 'AWS MFA recovery guide',
  regionLabel: 'AWS MFA recovery guide',
  collapse: 'Collapse the guide',
  expand: 'Open the guide',
  dockLeft: 'Move to the left',
  dockRight: 'Move to the right',
  language: 'Language',
  languageAuto: 'Browser language',
  startOver: 'Start over',
  startOverDone: 'Progress cleared.',
  stagesLabel: 'Steps of the recovery',
  stageCurrent: '(you are here)',
  stageDone: '(done)',
  stages: {
    'sign-in': 'Sign in',
    troubleshoot: 'Troubleshoot MFA',
    email: 'Verify the email',
    phone: 'Verify the phone',
    console: 'Sign in to the console',
    'replace-device': 'Replace the MFA device',
  },
  whereYouAre: 'Where you are',
  doNow: 'What to do now',
  clickThis: 'Click',
  highlighted: 'highlighted on the page',
  notHighlighted: 'not highlighted: I could not pick out exactly one such button',
  comesNext: 'What comes next',
  warningsLabel: 'Watch out',
  steps: {
    'signin-email': {
      title: 'Sign-in: who is signing in',
      action:
        'Choose “Root user” and enter the email address of the account. Alternative factors exist only for the root user.',
    },
    'security-check': {
      title: 'Sign-in: security check',
      action: 'Type the characters shown in the picture and submit. Nothing about MFA yet.',
    },
    'signin-password': {
      title: 'Sign-in: root user password',
      action: 'Enter the root user’s password and sign in. AWS will then ask for your MFA code.',
    },
    'mfa-prompt': {
      title: 'Sign-in: MFA code requested',
      action:
        'Without your device you cannot enter a code. Do not press Submit: choose the troubleshooting link. If another MFA device is registered and still with you, “Try another MFA method” is quicker.',
    },
    'mfa-troubleshoot': {
      title: 'Troubleshoot your authentication device',
      action:
        'Choose “Sign in using alternative factors”. Re-sync only helps a device that still works. You will need the account’s email inbox and its phone.',
    },
    'verify-email': {
      title: 'Step 1 of 3: verify the email address',
      action: 'Check the masked address is one you can read, then press “Send verification email” right away.',
    },
    'email-sent': {
      title: 'Step 1 of 3: the email is on its way',
      action:
        'Open the email from recover-mfa-no-reply@verify.signin.aws (older: no-reply-aws@amazon.com), subject “AWS Email Verification”, and click “Verify your email address” in this browser. Look in spam too. The link works once.',
    },
    'verify-phone': {
      title: 'Step 2 of 3: verify the phone number',
      action:
        'Check the last digits belong to a phone you have with you, then press the button right away. If “SMS text” is offered, it is the easier choice.',
    },
    'phone-call': {
      title: 'Step 2 of 3: answer the call',
      action:
        'Answer the phone. When the voice asks, type the 6-digit number shown on this page on the phone’s keypad. The voice says “Thank you” and the page moves on.',
    },
    'sms-code': {
      title: 'Step 2 of 3: type the code from the text message',
      action:
        'Type the 6-digit code AWS sent to your phone by text message into the highlighted field, then press the button below it. It is not your MFA code. If no text arrives within a minute or two, go back and choose “Voice call”.',
    },
    'recovery-complete': {
      title: 'Step 3 of 3: sign in',
      action: 'Both checks passed. Press “Sign in to the console”. Then replace the lost MFA device.',
    },
    'security-credentials': {
      title: 'Replace the lost MFA device',
      action:
        'In “Multi-factor authentication (MFA)”, remove the lost device first (only you know which row it is), then “Assign MFA device” to register a new one — and a second one as a spare. Delete the old entry from your authenticator app; if the device was stolen, change the root password.',
    },
    'iam-user': {
      title: 'This is the IAM user sign-in',
      action:
        'If you are the account’s root user (you sign in with its email address), choose “Sign in using root user email”: recovery starts there. If you are an IAM user, alternative factors are not for you: ask your AWS administrator to remove your MFA device (IAM → Users → your user → Security credentials); AWS Support cannot do it for IAM users.',
    },
    'phone-failed': {
      title: 'Phone verification failed',
      action:
        'The usual cause: the account’s phone number is not in international format (+81…, without the leading 0). Someone signed in can fix it under Account → Contact information; otherwise use AWS Support’s “Lost or unusable MFA device” form. You can start over from sign-in.',
    },
    'email-link-expired': {
      title: 'The email link has expired',
      action:
        'The link was already used or has expired. Start over from sign-in to get a new email; each link works once.',
    },
    'recovery-timed-out': {
      title: 'The recovery timed out',
      action:
        'AWS stopped this attempt because it waited too long. Start again from sign-in, and this time press each button as soon as its page loads.',
    },
    'mfa-choose-device': {
      title: 'Sign-in: choose an MFA device',
      action:
        'If you still have another registered MFA device, choose it: that is quicker than recovery. If all are lost, choose any one, press “Next”, and take the troubleshooting link on the next page.',
    },
    unknown: {
      title: 'I don’t recognise this page',
      action:
        'This page is not one I know, so nothing is highlighted. Follow AWS’s own instructions here; the guide picks up again on the next page it knows.',
    },
  },
  unknownReason: {
    loading: 'Waiting for the page to finish loading…',
    translated:
      'The browser’s translation has replaced AWS’s wording, so I cannot recognise this page. Switch translation off for this page (show the original) and the guide picks up again.',
  },
  warnings: {
    'press-send-at-once': 'Press “Send verification email” as soon as the page loads: the page errors if left waiting.',
    'press-call-at-once': 'Press the call button as soon as the page loads: the page errors if left waiting.',
    'email-link-countdown': 'The email link works for about 15 minutes after it was sent.',
    'english-voice-keypad':
      'The call is an automated voice in English. It asks you to type the 6-digit number shown on this screen on your phone’s keypad.',
    'international-phone-format':
      'The account’s phone number must be in international format; VoIP numbers may not receive the call.',
    'iam-users-cannot-recover': 'IAM users cannot use alternative factors; only the root user can.',
  },
  replaceDevice: {
    removeFirst: 'First remove the lost device: it is in the highlighted section (only you know which row).',
    removed: 'I have removed the lost device',
    assignNext: 'Now press “Assign MFA device” and register a new device — and a second one as a spare.',
    finish: 'Done: forget this recovery',
  },
  helpHeading: 'Can’t go on?',
  helpBack: 'Back to the guide',
  help: {
    'iam-user': {
      title: 'I sign in as an IAM user',
      body: 'Alternative factors are for the root user only. Ask your AWS administrator to remove your MFA device: IAM → Users → your user → Security credentials → Multi-factor authentication (MFA) → Remove, then sign in and assign a new one. AWS Support cannot do this for IAM users.',
    },
    'no-email': {
      title: 'I can’t open the account’s email',
      body: 'The recovery needs the root user’s email inbox. First try to get it back: ask your email provider or IT team to restore the mailbox, or renew the domain if it lapsed. If that is impossible, contact AWS Support with the “Lost or unusable MFA device” form (support.aws.amazon.com/#/contacts/aws-mfa-support).',
    },
    'no-phone': {
      title: 'I have no phone, or the call never comes',
      body: 'Use AWS Support’s “Lost or unusable MFA device” form (support.aws.amazon.com/#/contacts/aws-mfa-support) and ask for a call back. Have ready: the account ID or root email address and a phone number where AWS can reach you. The account’s phone must be in international format (+81…, without the leading 0); VoIP numbers may not receive the call. Japanese-language support answers on weekdays, 09:00–18:00 JST.',
    },
    organizations: {
      title: 'My account is in AWS Organizations',
      body: 'If the member account has no root credentials of its own (centralized root access), an administrator of the management account can delete the member’s root credentials, which also removes its MFA device — ask them. Otherwise this recovery works as for any account.',
    },
    password: {
      title: 'I forgot the root password too',
      body: 'Choose “Forgot password?” on the password page. The reset mail comes from password-reset-no-reply@verify.signin.aws. Reset the password first, then come back to this recovery.',
    },
  },
  popup: {
    status: 'Your recovery',
    noRecovery: 'No recovery in progress.',
    lastStep: 'Last step seen',
    emailLink: 'Email link',
    emailLinkExpired: 'expired — start over to get a new email',
    openGuide: 'Open the guide on AWS pages',
    guideOpened: 'The full guide will show on your AWS sign-in tabs.',
    practise: 'Practise the recovery',
    printCard: 'Print the recovery card',
    privacyHeading: 'What this extension can and cannot see',
    privacy:
      'On AWS sign-in pages (and the IAM console’s security credentials) it reads headings and button labels to know where you are. It never reads what you type, never clicks for you, sends nothing anywhere, and stores only how far you got (cleared when you start over) and the readiness ticks you set.',
  },
  readiness: {
    heading: 'Ready before you need it',
    intro: 'Check these now, while you can still sign in. Your ticks are kept in this browser only.',
    progress: (done: number, total: number) => `${done} of ${total} ready`,
    checks: {
      email: {
        label: 'I can open the root user’s email inbox today',
        fix: 'The recovery starts with a link sent to this address. If you cannot open it, sign in as the root user now and change it: Account → Account details → Edit.',
      },
      phone: {
        label: 'The account’s phone number is in international format (+81…)',
        fix: 'This is the most common reason the call fails. Under Account → Contact information, write the number with the country code and without the leading 0: 090-1234-5678 becomes +819012345678.',
      },
      spareDevice: {
        label: 'A second MFA device is registered',
        fix: 'With a spare you sign in with it and need no recovery at all. Add one under IAM → Security credentials → Assign MFA device (up to 8 per user).',
      },
      rehearsed: {
        label: 'I have rehearsed the recovery',
        fix: 'Choose “Practise the recovery” in this popup: the real guide on simulated AWS pages, with nothing sent to AWS.',
      },
    },
  },
  deviceCount: {
    registered: (count: number) =>
      count === 0
        ? 'No MFA device is registered now — assign a new one, and a second as a spare.'
        : count === 1
          ? '1 MFA device is registered — add a spare (AWS allows up to 8).'
          : `${count} MFA devices are registered — keep at least two that you still hold.`,
    note: 'Counted on this page just now. The lost device counts until you remove it.',
  },
  voiceTranscript: {
    summary: 'What the voice on the call says',
    intro: 'If you chose the voice call: it is an automated voice in English. Roughly:',
    approximate: 'approximate wording',
    approximateNote:
      'AWS does not publish the call’s exact words. Lines marked “approximate wording” are pieced together from people who took the call.',
    lines: {
      greeting: 'An automated call from AWS: keep listening.',
      'enter-code': 'Type the 6 digits shown on this page on your phone’s keypad. There is nothing to say aloud.',
      'thank-you': 'Done: you can hang up. The page moves on by itself.',
    },
  },
  redactedCopy: {
    open: 'Save a private copy of this page…',
    heading: 'A private copy of this page',
    explain:
      'For a bug report, so that the guide can learn this page. The copy keeps the page’s headings and texts, the names of its buttons, links and fields, and whether each was shown, hidden or disabled. Nothing is sent: the file goes to your downloads, and you decide whether to attach it.',
    kept: (count: number) => `${count} page elements kept.`,
    leftOutHeading: 'Left out of the copy',
    removed: {
      fieldValues: (count: number) => `What was typed or chosen in fields: ${count}`,
      emails: (count: number) => `Email addresses, masked or not: ${count}`,
      numbers: (count: number) => `Numbers (codes, the phone’s last digits, account IDs): ${count}`,
      tokens: (count: number) => `Tokens, keys and the account name: ${count}`,
      links: (count: number) => `Link addresses (only site and path stay): ${count}`,
      scripts: (count: number) => `Scripts, styles and page metadata: ${count}`,
      images: (count: number) => `Images: ${count}`,
      comments: (count: number) => `Hidden comments in the page’s code: ${count}`,
      embedded: (count: number) => `Embedded frames and components: ${count}`,
    },
    neverKept: 'Never copied: values in fields, page tokens, scripts, images, link queries, or this guide.',
    previewHeading: 'The text in the copy',
    previewHint: 'Read it through. If you see anything personal, do not send the file.',
    moreLines: (count: number) => `…and ${count} more lines.`,
    save: 'Download the copy',
    cancel: 'Cancel',
    saved: (fileName: string) => `Saved to your downloads as ${fileName}.`,
  },
  countdownLeft: (time: string) => `${time} left to click the email link`,
  countdownExpired: 'The email link has probably expired. Start over from sign-in to get a new one.',
} as const;

/** The shape of `en` with every string widened, so that another language fills the same keys. */
export type Messages = Widen<typeof en>;
