/** The printable recovery card, in English. `card.ja.ts` fills the same keys. */
import type { Widen } from './widen';

export const cardEn = {
  pageTitle: 'AWS MFA recovery card',
  print: 'Print the card',
  printHint: 'Prints one A4 page per language. Keep it with your account records, away from the computer you use.',
  title: 'AWS root user: signing in after losing the MFA device',
  intro:
    'Works for the account’s root user only. You need the root user’s email inbox and the account’s phone. The pages below are AWS’s; their wording may change.',
  stepsHeading: 'The steps',
  steps: [
    'Go to signin.aws.amazon.com. Choose “Root user”, enter the root email address, press “Next”. If the IAM user form shows, choose “Sign in using root user email”.',
    'Type the security-check characters if asked, then the root password, and press “Sign in”.',
    'On the MFA page, do not submit a code: choose “Troubleshoot MFA” (newer pages: “Trouble signing in?”).',
    'Choose “Sign in using alternative factors” (newer pages: select it, then “Next”).',
    'Step 1, email: press “Send verification email” at once (newer pages send it by themselves).',
    'Open the email and click “Verify your email address” in the same browser, within about 15 minutes. The link works once.',
    'Step 2, phone: check the last digits are a phone you hold, then press “Call me now” at once (newer pages: “SMS text” or “Voice call”).',
    'Answer the call. An automated voice in English asks for the 6-digit number shown on the screen: type it on the phone’s keypad. It says “Thank you” and the page moves on. By SMS: type the code from the text message on the page.',
    'Step 3: press “Sign in to the console”.',
    'IAM → Security credentials → Multi-factor authentication (MFA): remove the lost device, then “Assign MFA device”. Register a second device as a spare (up to 8).',
  ],
  mailHeading: 'The email to look for',
  mailFrom: 'From',
  mailFromValue: 'recover-mfa-no-reply@verify.signin.aws (older: no-reply-aws@amazon.com)',
  mailSubject: 'Subject',
  mailSubjectValue: '“AWS Email Verification” or “Verify your AWS account root user email address”',
  mailSpam: 'Not there? Look in spam.',
  warningsHeading: 'Watch out',
  warnings: [
    'Press “Send verification email” and “Call me now” as soon as each page loads: the pages fail if left waiting.',
    'The email link works for about 15 minutes after it is sent, and only once.',
    'The call is an automated voice in English: type the 6 digits shown on the screen on the phone’s keypad.',
    'The account’s phone number must be in international format (+81…, without the leading 0); VoIP numbers may not get the call.',
  ],
  branchesHeading: 'If you are stuck',
  branches: [
    {
      when: 'You sign in as an IAM user',
      what: 'This is for the root user only. Ask your AWS administrator to remove your MFA device (IAM → Users → you → Security credentials). AWS Support cannot do it for IAM users.',
    },
    {
      when: 'Phone verification failed',
      what: 'Usually the phone number is not in international format. Someone signed in can fix it under Account → Contact information; otherwise use the support form below.',
    },
    {
      when: 'The email link expired or was used',
      what: 'If another tab already shows step 2, continue there. Otherwise start again from sign-in for a new email.',
    },
    {
      when: 'The page timed out',
      what: 'Start again from sign-in and press each button as soon as its page loads.',
    },
    {
      when: 'You cannot open the root email',
      what: 'Get the mailbox back first (your mail provider or IT team; renew the domain if it lapsed). Otherwise use the support form.',
    },
    {
      when: 'No phone, or the call never comes',
      what: 'Use the support form and ask for a call back.',
    },
    {
      when: 'You forgot the root password too',
      what: 'Choose “Forgot password?”; the mail comes from password-reset-no-reply@verify.signin.aws. Reset it, then start this again.',
    },
    {
      when: 'A member account of AWS Organizations',
      what: 'Without root credentials of its own, the management account’s administrator can delete the member’s root credentials, which removes the MFA device.',
    },
  ],
  supportHeading: 'AWS Support',
  supportForm: '“Lost or unusable MFA device” form: support.aws.amazon.com/#/contacts/aws-mfa-support',
  supportHours: 'Japanese-language support: weekdays 09:00–18:00 JST.',
  supportReady: 'Have ready: the account ID or root email address, and a phone number where AWS can reach you.',
  footer: 'Printed from the AWS MFA Recovery Guide browser extension. Labels as seen on AWS’s pages 2017–2026.',
} as const;

export type CardMessages = Widen<typeof cardEn>;
