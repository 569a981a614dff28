/**
 * The rehearsal's words, checked against what the real detector looks for: the practice banner
 * must never look like AWS to it, and the simulated pages must use AWS's own labels.
 */
import { describe, expect, it } from 'vitest';
import { compact, labelKey } from '../../lib/detector/text';
import { CONTROLS, type ControlSpec, PHRASES, type Wording } from '../../lib/flow/vocabulary';
import { rehearsalEn } from '../../locales/rehearsal.en';
import { rehearsalJa } from '../../locales/rehearsal.ja';
import { CONSOLE_TEXT, G3_TEXT, G4_TEXT } from '../../rehearsal/model/aws-text';

/** Every string in a catalogue, functions called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (arg: number) => string)(60))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function keys(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}.${key}`));
}

const ALL_PHRASES: Wording[] = Object.values(PHRASES).flat();
const ALL_CONTROLS: ControlSpec[] = Object.values(CONTROLS);

function phrasesIn(text: string): string[] {
  const key = compact(text);
  return ALL_PHRASES.filter((phrase) => key.includes(compact(phrase.text))).map((phrase) => phrase.text);
}

function controlNamed(label: string): string[] {
  const key = labelKey(label);
  return ALL_CONTROLS.flatMap((control) => control.names)
    .filter((name) => (name.match === 'prefix' ? key.startsWith(labelKey(name.text)) : key === labelKey(name.text)))
    .map((name) => name.text);
}

const isName = (spec: ControlSpec, label: string) =>
  spec.names.some((name) =>
    name.match === 'prefix' ? labelKey(label).startsWith(labelKey(name.text)) : labelKey(name.text) === labelKey(label),
  );

describe('the rehearsal’s own strings', () => {
  it('exist in Japanese for every English key, and nothing more', () => {
    expect(keys(rehearsalJa)).toEqual(keys(rehearsalEn));
    for (const text of strings(rehearsalJa)) expect(typeof text).toBe('string');
  });

  it.each([
    ['en', rehearsalEn],
    ['ja', rehearsalJa],
  ] as const)('%s: the banner on the simulated AWS pages says nothing the detector looks for', (_lang, messages) => {
    const banner = strings(messages.banner);
    expect(banner.length).toBeGreaterThan(10);
    for (const text of banner) {
      expect(phrasesIn(text), text).toEqual([]);
      expect(controlNamed(text), text).toEqual([]);
    }
    // The banner read as one run of text, as the detector reads a page.
    expect(phrasesIn(banner.join(''))).toEqual([]);
  });

  it('writes Japanese as Japanese, not as English left untranslated', () => {
    const untranslated = strings(rehearsalJa).filter(
      (text) => text !== '' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(text),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('the simulated AWS pages', () => {
  it('have the Japanese G3 wording for every English key', () => {
    expect(keys(G3_TEXT.ja)).toEqual(keys(G3_TEXT.en));
    expect(keys(CONSOLE_TEXT.ja)).toEqual(keys(CONSOLE_TEXT.en));
  });

  it.each(['en', 'ja'] as const)('G3 %s: the buttons to press carry AWS’s labels', (lang) => {
    const t = G3_TEXT[lang];
    expect(isName(CONTROLS.next, t.signIn.next)).toBe(true);
    expect(isName(CONTROLS.rootUserOption, t.signIn.rootTitle)).toBe(true);
    expect(isName(CONTROLS.signIn, t.password.signIn)).toBe(true);
    expect(isName(CONTROLS.troubleshootMfa, t.mfa.troubleshoot)).toBe(true);
    expect(isName(CONTROLS.alternativeFactorsOption, t.troubleshoot.alternative)).toBe(true);
    expect(isName(CONTROLS.resyncOption, t.troubleshoot.resync)).toBe(true);
    expect(isName(CONTROLS.sendEmail, t.recovery.send)).toBe(true);
    expect(isName(CONTROLS.resendEmail, t.recovery.resend)).toBe(true);
    expect(isName(CONTROLS.phonePreferred, t.recovery.call)).toBe(true);
    expect(isName(CONTROLS.signInToConsole, t.recovery.signInToConsole)).toBe(true);
    expect(isName(CONTROLS.assignMfa, CONSOLE_TEXT[lang].assign)).toBe(true);
  });

  it('G4: the buttons to press carry AWS’s labels', () => {
    const t = G4_TEXT.en;
    expect(isName(CONTROLS.rootEmailLink, t.iamSignIn.rootLink)).toBe(true);
    expect(isName(CONTROLS.next, t.rootEmail.next)).toBe(true);
    expect(isName(CONTROLS.signIn, t.password.signIn)).toBe(true);
    expect(isName(CONTROLS.troubleshootMfa, t.mfa.trouble)).toBe(true);
    expect(isName(CONTROLS.alternativeFactorsOption, t.troubleshoot.alternative)).toBe(true);
    expect(isName(CONTROLS.resendEmail, t.recovery.resend)).toBe(true);
    expect(isName(CONTROLS.phonePreferred, t.recovery.sms)).toBe(true);
    expect(isName(CONTROLS.voiceCall, t.recovery.voice)).toBe(true);
    expect(isName(CONTROLS.signInToConsole, t.recovery.signInToConsole)).toBe(true);
  });

  it.each([
    ['G3 en', G3_TEXT.en.recovery],
    ['G3 ja', G3_TEXT.ja.recovery],
    ['G4 en', G4_TEXT.en.recovery],
  ] as const)('%s: the spent link reads as expired, the failed call as failed, the timeout as neither', (_name, r) => {
    const invalid = `${r.linkInvalid.title}${r.linkInvalid.help}${r.startOver}`;
    expect(phrasesIn(invalid).some((phrase) => PHRASES.linkExpired.some((wording) => wording.text === phrase))).toBe(
      true,
    );
    expect(PHRASES.phoneFailed.some((wording) => compact(r.phoneFailed).includes(compact(wording.text)))).toBe(true);
    const timedOut = `${r.timedOut.title}${r.timedOut.help}${r.startOver}`;
    const blocking = [...PHRASES.linkExpired, ...PHRASES.phoneFailed, ...PHRASES.emailSent].map((w) => w.text);
    expect(phrasesIn(timedOut).filter((phrase) => blocking.includes(phrase))).toEqual([]);
  });

  it('say the email was sent in words the detector knows (G3 after the button, G4 at once)', () => {
    for (const sent of [G3_TEXT.en.recovery.sent, G3_TEXT.ja.recovery.sent, G4_TEXT.en.recovery.sent]) {
      const text = sent.join('g*****m@example.com');
      const badge = PHRASES.emailSent.map((wording) => wording.text);
      expect(phrasesIn(text).some((phrase) => badge.includes(phrase))).toBe(true);
    }
  });
});
