import { describe, expect, it } from 'vitest';
import { ownerMessageSchema } from '../../lib/background/owner-messages';
import { DEFAULT_PREFERENCES } from '../../lib/guide/preferences';
import { preferencesCodec } from '../../lib/guide/preferences-schema';
import { applyProgressEvent, emailCountdown, NO_PROGRESS, PROGRESS_LIFETIME_MS } from '../../lib/guide/progress';
import { PROGRESS_VERSION, progressCodec } from '../../lib/guide/progress-schema';
import { parseOrNull } from '../../lib/storage/schema';

const NOW = Date.parse('2026-11-25T10:00:00Z');
const HOSTILE = [null, undefined, '', 'progress', 42, true, [], {}, { engaged: 'yes' }, { version: 99 }];

describe('stored progress is input', () => {
  it('anything that does not parse means no progress, and is no countdown', () => {
    for (const raw of HOSTILE) {
      const progress = progressCodec.decode(raw, NOW);
      expect(progress).toBe(NO_PROGRESS);
      expect(emailCountdown(progress, NOW)).toBeNull();
    }
  });

  it('an unknown step id, a time in the future or a NaN-like time is rejected', () => {
    // Failed before: `{}` showed "NaN:NaN left", an unknown step crashed the popup, a send a year
    // ahead showed "525614:18 left".
    const valid = progressCodec.encode(
      applyProgressEvent(NO_PROGRESS, { kind: 'step', step: 'email-sent' }, 'tab:1', NOW),
    ) as Record<string, unknown>;
    expect(progressCodec.decode(valid, NOW).emailSentAt).toBe(NOW);
    expect(progressCodec.decode({ ...valid, lastStep: 'take-over' }, NOW)).toBe(NO_PROGRESS);
    expect(progressCodec.decode({ ...valid, emailSentAt: NOW + 365 * 86_400_000 }, NOW)).toBe(NO_PROGRESS);
    expect(progressCodec.decode({ ...valid, emailSentAt: Number.NaN }, NOW)).toBe(NO_PROGRESS);
    expect(progressCodec.decode({ ...valid, updatedAt: -1 }, NOW)).toBe(NO_PROGRESS);
  });

  it('a foreign field is not carried on: it is dropped, so the value needs repair', () => {
    // Failed before: a 5 MB field added by someone else was written back with every update.
    const progress = applyProgressEvent(NO_PROGRESS, { kind: 'step', step: 'verify-email' }, 'tab:1', NOW);
    const stored = progressCodec.encode(progress) as Record<string, unknown>;
    const decoded = progressCodec.decode({ ...stored, junk: 'x'.repeat(5_000_000) }, NOW);
    expect(decoded).toEqual(progress);
    expect(JSON.stringify(progressCodec.encode(decoded))).not.toContain('junk');
  });

  it('migrates the unversioned shape of 0.1.0', () => {
    const old = {
      engaged: true,
      lastStep: 'email-sent',
      emailSentAt: NOW - 60_000,
      lostDeviceRemoved: false,
      updatedAt: NOW,
    };
    const progress = progressCodec.decode(old, NOW);
    expect(progress).toMatchObject({ engaged: true, lastStep: 'email-sent', emailSentAt: NOW - 60_000, tabs: {} });
    expect(emailCountdown(progress, NOW)).toEqual({ msLeft: 14 * 60_000 });
    expect(progressCodec.encode(progress)).toMatchObject({ version: PROGRESS_VERSION });
    // An old record already past the email: the link was used, no countdown.
    const onPhone = progressCodec.decode({ ...old, lastStep: 'verify-phone' }, NOW);
    expect(emailCountdown(onPhone, NOW)).toBeNull();
  });

  it('forgets a day-old record on read, so the popup shows nothing either', () => {
    const progress = applyProgressEvent(NO_PROGRESS, { kind: 'step', step: 'email-sent' }, 'tab:1', NOW);
    const stored = progressCodec.encode(progress);
    expect(progressCodec.decode(stored, NOW + PROGRESS_LIFETIME_MS + 1)).toBe(NO_PROGRESS);
  });

  it('no progress is stored as nothing at all', () => {
    expect(progressCodec.encode(NO_PROGRESS)).toBeNull();
  });
});

describe('stored preferences are input', () => {
  it('a bad value falls back to the defaults, field by field', () => {
    // Failed before: `{language:'fr'}`, `{}` or a string made every AWS page throw.
    expect(preferencesCodec.decode({ language: 'fr', dock: 'left' }, NOW)).toEqual({
      ...DEFAULT_PREFERENCES,
      dock: 'left',
    });
    for (const raw of HOSTILE) expect(preferencesCodec.decode(raw, NOW)).toEqual(DEFAULT_PREFERENCES);
  });

  it('is stored versioned, and the defaults are stored as nothing', () => {
    const chosen = { ...DEFAULT_PREFERENCES, language: 'ja' as const };
    expect(preferencesCodec.encode(chosen)).toEqual({ version: 1, ...chosen });
    expect(preferencesCodec.decode(preferencesCodec.encode(chosen), NOW)).toEqual(chosen);
    expect(preferencesCodec.encode(DEFAULT_PREFERENCES)).toBeNull();
  });
});

describe('messages to the owner', () => {
  it('accepts only the events it knows, with known step ids and preference values', () => {
    const ok = { type: 'guide:progress', key: 'progress', event: { kind: 'step', step: 'email-sent' } };
    expect(parseOrNull(ownerMessageSchema, ok)).toEqual(ok);
    expect(parseOrNull(ownerMessageSchema, { ...ok, key: 'other' })).toBeNull();
    expect(parseOrNull(ownerMessageSchema, { ...ok, event: { kind: 'step', step: 'nope' } })).toBeNull();
    expect(parseOrNull(ownerMessageSchema, { ...ok, event: { kind: 'set', emailSentAt: 0 } })).toBeNull();
    expect(parseOrNull(ownerMessageSchema, { type: 'guide:preferences', change: { language: 'fr' } })).toBeNull();
    expect(parseOrNull(ownerMessageSchema, { type: 'guide:preferences', change: { dock: 'left', x: 1 } })).toEqual({
      type: 'guide:preferences',
      change: { dock: 'left' },
    });
  });
});
