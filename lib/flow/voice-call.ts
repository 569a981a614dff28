/**
 * What AWS's automated English call says on the phone step (spec §3 row 9, §4). AWS publishes no
 * script: a line is `approximate` unless a source quotes its words. A newly heard wording is one
 * more edit here; the panel's translations are keyed by `id` in the locales.
 */
export interface VoiceLine {
  id: 'greeting' | 'enter-code' | 'thank-you';
  /** Spoken in English, as near as the sources allow. */
  said: string;
  approximate: boolean;
  /** Where the line comes from. */
  source: string;
}

export const VOICE_CALL: readonly VoiceLine[] = [
  {
    id: 'greeting',
    said: 'Hello. This is an automated call from Amazon Web Services.',
    approximate: true,
    source:
      'AWS re:Post "How do I update my telephone number to reset my lost MFA device?": "the automated telephone call"',
  },
  {
    id: 'enter-code',
    said: 'Please enter the six-digit number shown on your screen, using your telephone keypad.',
    approximate: true,
    source:
      'Seed article (ja): the English voice, in short, asks for the 6-digit number shown on screen; SK C&C support article: "enter the 6-digit number displayed on the webpage when receiving the call"; priocept.com (2010, sign-up): "Enter the PIN using the telephone keypad"',
  },
  {
    id: 'thank-you',
    said: 'Thank you.',
    approximate: false,
    source: 'Spec §3 row 9: on success the voice says "Thank you" and the page changes',
  },
];
