/**
 * The rehearsal's session as it is stored. Storage is input like any other (another version of the
 * extension, another tab or a hand edit may have written anything), so every read is checked
 * against a schema; a value that fails, comes from the future or is more than a day old counts as
 * no session at all, and the caller starts a fresh one over it.
 */
import * as v from 'valibot';
import type { RehearsalSession } from './session';

/** A practice left alone for a day is over: its mails, links and codes would only confuse the next. */
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The rehearsal's tabs share one clock; this only absorbs a clock set back a little. */
const CLOCK_SKEW_MS = 60_000;

/** Far more mails than a practice sends; a stored list longer than this was not written by it. */
const MAX_MAILS = 50;

const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,80}$/));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));

const PhoneSchema = v.object({
  channel: v.picklist(['voice', 'sms']),
  code: v.pipe(v.string(), v.regex(/^\d{6}$/)),
  startedAt: time,
  answeredAt: v.nullable(time),
  misses: count,
});

const AttemptSchema = v.object({
  id,
  startedAt: time,
  emailToken: v.nullable(id),
  emailVerifiedAt: v.nullable(time),
  phone: v.nullable(PhoneSchema),
  phoneVerifiedAt: v.nullable(time),
  phoneFailedAt: v.nullable(time),
});

const SessionSchema = v.object({
  id,
  startedAt: time,
  attempt: v.nullable(AttemptSchema),
  mails: v.pipe(v.array(v.object({ token: id, sentAt: time, used: v.boolean() })), v.maxLength(MAX_MAILS)),
});

/** Version 1 of the stored shape; an unversioned value (the first rehearsal's) is not read. */
const SavedSessionSchema = v.object({ version: v.literal(1), savedAt: time, session: SessionSchema });

export type SavedSession = v.InferOutput<typeof SavedSessionSchema>;

export function savedSession(session: RehearsalSession, now: number): SavedSession {
  return { version: 1, savedAt: now, session };
}

/** Every moment the session records, to find one that has not happened yet. */
function times(session: RehearsalSession): number[] {
  const attempt = session.attempt;
  const phone = attempt?.phone;
  return [
    session.startedAt,
    ...session.mails.map((mail) => mail.sentAt),
    ...(attempt ? [attempt.startedAt, attempt.emailVerifiedAt, attempt.phoneVerifiedAt, attempt.phoneFailedAt] : []),
    ...(phone ? [phone.startedAt, phone.answeredAt] : []),
  ].filter((moment): moment is number => moment !== null);
}

/**
 * The session a stored value holds, or null when there is none to trust: malformed, from a newer
 * or older shape, stamped in the future, or last changed more than {@link SESSION_LIFETIME_MS} ago.
 * Fields the schema does not know are dropped, so they are never written back.
 */
export function readSavedSession(value: unknown, now: number): RehearsalSession | null {
  const parsed = v.safeParse(SavedSessionSchema, value);
  if (!parsed.success) return null;
  const { savedAt, session } = parsed.output;
  if (savedAt > now + CLOCK_SKEW_MS || now - savedAt > SESSION_LIFETIME_MS) return null;
  if (times(session).some((moment) => moment > savedAt)) return null;
  return session;
}
