/**
 * The stored rehearsal session is input: every read goes through the schema, and a session left
 * for a day is forgotten. Each hostile value below falls back to "no session", and the store then
 * writes a fresh one over it.
 */
import { describe, expect, it } from 'vitest';
import { readSavedSession, SESSION_LIFETIME_MS, savedSession } from '../../rehearsal/model/saved-session';
import { beginRecovery, newSession, sendEmail, startPhoneVerification } from '../../rehearsal/model/session';
import { openRehearsalStore, type SessionPersistence } from '../../rehearsal/session-store';

const T0 = Date.UTC(2026, 3, 1, 9, 0, 0);
const underWay = sendEmail(beginRecovery(newSession('s1', T0), 'a1', T0), 'PRACTICE-tok', T0 + 1000);

describe('a stored rehearsal session', () => {
  it('reads back what the rehearsal wrote, up to a day after its last change', () => {
    const stored = savedSession(underWay, T0 + 2000);
    expect(readSavedSession(stored, T0 + 2000)).toEqual(underWay);
    expect(readSavedSession(stored, T0 + 2000 + SESSION_LIFETIME_MS)).toEqual(underWay);
    expect(readSavedSession(stored, T0 + 2001 + SESSION_LIFETIME_MS)).toBeNull();
  });

  it.each([
    ['nothing', null],
    ['a string', 'session'],
    ['an empty object', {}],
    ['the unversioned shape of the first rehearsal', underWay],
    ['another version', { ...savedSession(underWay, T0), version: 2 }],
    ['a saved time in the future', savedSession(underWay, T0 + 10 * 60_000)],
    ['a mail sent after the session was saved', savedSession(underWay, T0 + 500)],
    [
      'a mail with a token the routes would refuse',
      savedSession({ ...underWay, mails: [{ token: 'a b', sentAt: T0, used: false }] }, T0),
    ],
    [
      'a code that is not six digits',
      savedSession(
        startPhoneVerification(
          { ...underWay, attempt: underWay.attempt && { ...underWay.attempt, emailVerifiedAt: T0 + 1500 } },
          'sms',
          '12345',
          T0 + 1600,
        ),
        T0 + 2000,
      ),
    ],
    ['a negative time', savedSession({ ...underWay, startedAt: -1 }, T0 + 2000)],
    [
      'thousands of mails',
      savedSession(
        { ...underWay, mails: Array.from({ length: 5000 }, (_, i) => ({ token: `t${i}`, sentAt: T0, used: false })) },
        T0 + 2000,
      ),
    ],
  ])('is no session when it holds %s', (_what, value) => {
    expect(readSavedSession(value, T0 + 2000)).toBeNull();
  });

  it('drops fields it does not know, so they are never written back', () => {
    const padded = { ...savedSession(underWay, T0 + 2000), foreign: 'x'.repeat(5_000_000) };
    const withExtra = { ...padded, session: { ...underWay, note: 'extra' } };
    const read = readSavedSession(withExtra, T0 + 2000);
    expect(read).toEqual(underWay);
    expect(Object.keys(read ?? {})).toEqual(['id', 'startedAt', 'attempt', 'mails']);
  });

  it('is replaced by a fresh session when it cannot be read', async () => {
    const writes: unknown[] = [];
    const persistence: SessionPersistence = {
      load: async () => readSavedSession({ mails: 'nope' }, T0),
      save: (session) => writes.push(savedSession(session, T0)),
      watch: () => () => {},
    };
    const store = await openRehearsalStore(persistence, { id: 'fresh', now: T0 }, new AbortController().signal);
    expect(store.getState().session).toEqual(newSession('fresh', T0));
    expect(writes).toEqual([savedSession(newSession('fresh', T0), T0)]);
    expect(readSavedSession(writes[0], T0)).toEqual(newSession('fresh', T0));
  });
});
