/**
 * English strings of the rehearsal's own UI (the practice banner, start screen, mailbox, phone).
 * `rehearsal.ja.ts` must provide the same keys (the type checker enforces it). The simulated AWS
 * pages' wording is not here: it is AWS's, kept as data in rehearsal/model/aws-text.ts.
 *
 * Everything under `banner` shows on the simulated AWS pages, where the real detector reads it:
 * it must never contain a phrase the detector looks for (tests/unit/rehearsal-wording.test.ts).
 */
import type { Widen } from './widen';

export const rehearsalEn = {
  titlePrefix: '[Practice]',
  watermark: 'PRACTICE',
  banner: {
    label: 'Practice',
    badge: 'Practice',
    text: 'this is not AWS. Nothing is sent anywhere.',
    mailbox: 'Practice mailbox',
    phone: 'Practice phone',
    home: 'Practice home',
    tools: 'Practice tools',
    mailHint: 'In this practice, your mailbox is “Practice mailbox” above.',
    ringHint: 'Your practice phone is ringing: open it with “Practice phone” above.',
    smsHint:
      'A text message is on your practice phone. What AWS asks after this choice is not known for sure; here you type the code on this page.',
    timedOut: (seconds: number) =>
      `Practice: this page gave up because its button was not pressed within ${seconds} seconds. AWS does this too; start again from the sign-in page.`,
    invalidLink:
      'Practice: the verification email was opened too late (more than 15 minutes after it was sent), a second time, or it was not the newest one.',
    notPractised: 'Practice: this part of AWS is not simulated. Carry on with the guide.',
    resync: 'Practice: re-syncing only helps a device that still works, so it is not simulated here.',
  },
  start: {
    title: 'Practise the recovery',
    intro:
      'A practice copy of AWS’s “sign in using alternative factors” pages, built into the extension. The real guide runs on it, so what you practise is what you will see on AWS. Nothing is sent anywhere and no AWS account is touched.',
    language: 'Language of the practice',
    design: 'Which AWS pages',
    g3: 'The pages in AWS’s documentation (2021–2025)',
    g3Detail: 'Three numbered steps, “Send verification email”, “Call me now”.',
    g4: 'The newest pages (seen in April 2026)',
    g4Detail:
      'Opens on the IAM user form; “Trouble signing in?”, the email is sent at once, “SMS text” or “Voice call”.',
    g4EnglishOnly: '',
    expectTitle: 'What to expect',
    expect: [
      'The guide panel opens on the right and rings the button to press next. Follow it.',
      'Press “Send verification email” and “Call me now” within 60 seconds, or the page errors, as on AWS.',
      'The email arrives in a practice mailbox; its link works for 15 minutes and only once.',
      'The call comes to a practice phone: an automated voice in English asks for the 6 digits shown on the AWS page.',
    ],
    begin: 'Start the practice',
  },
  mailbox: {
    title: 'Practice mailbox',
    folders: 'Folders',
    inbox: 'Inbox',
    spam: 'Spam',
    empty: 'No messages yet.',
    messages: 'Messages',
    from: 'From',
    to: 'To',
    subject: 'Subject',
    received: 'Received',
    back: 'Back to inbox',
    unread: 'unread',
    linkHint: 'The link opens in a new tab, as in a real mail app.',
  },
  phone: {
    title: 'Practice phone',
    idle: 'Nothing is ringing. When the AWS page calls or sends a text, it shows up here.',
    incoming: 'Incoming call',
    caller: 'Unknown caller',
    answer: 'Answer',
    decline: 'Decline',
    inCall: 'Call in progress',
    voiceSays: 'The automated voice says (in English):',
    gloss: {
      greeting: '',
      wrong: '',
      thanks: '',
    },
    keypad: 'Keypad',
    typed: 'Typed',
    hangUp: 'Hang up',
    ended: 'Call ended',
    messages: 'Messages',
  },
  done: {
    title: 'Practice complete',
    body: 'You reached the security credentials page. On AWS you would now remove the lost device and register a new one with “Assign MFA device” — and a spare, so this never happens again.',
    again: 'Practise again',
  },
} as const;

export type RehearsalMessages = Widen<typeof rehearsalEn>;
