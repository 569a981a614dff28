/**
 * The stored shape of {@link Progress}, versioned, and how older shapes are read. Anything that
 * does not parse, lies in the future or is a day old means no progress.
 */
import * as v from 'valibot';
import { STEP_IDS } from '../flow/steps';
import { parseOrNull, timestampSchema } from '../storage/schema';
import type { Codec } from '../storage/validated-item';
import { CLOCK_SKEW_MS, current, isEmpty, MAX_TABS, NO_PROGRESS, needsOpenedLink, type Progress } from './progress';

export const PROGRESS_VERSION = 1;

const stepIdSchema = v.picklist(STEP_IDS);

const storedProgressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  engaged: v.boolean(),
  lastStep: v.nullable(stepIdSchema),
  emailSentAt: v.nullable(timestampSchema),
  linkUsedAt: v.nullable(timestampSchema),
  lostDeviceRemoved: v.boolean(),
  tabs: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(40)), v.object({ step: stepIdSchema, at: timestampSchema })),
    v.maxEntries(MAX_TABS),
  ),
  updatedAt: timestampSchema,
});

/** The shape stored before versioning (0.1.0): `lastStep` was the latest step of any tab. */
const unversionedProgressSchema = v.object({
  engaged: v.boolean(),
  lastStep: v.nullable(stepIdSchema),
  emailSentAt: v.nullable(timestampSchema),
  lostDeviceRemoved: v.boolean(),
  updatedAt: timestampSchema,
});

function fromUnversioned(old: v.InferOutput<typeof unversionedProgressSchema>): Progress {
  const linkUsed = old.emailSentAt !== null && needsOpenedLink(old.lastStep);
  return { ...old, linkUsedAt: linkUsed ? old.updatedAt : null, tabs: {} };
}

function parseProgress(raw: unknown): Progress | null {
  const stored = parseOrNull(storedProgressSchema, raw);
  if (stored) {
    const { version: _, ...progress } = stored;
    return progress;
  }
  const old = parseOrNull(unversionedProgressSchema, raw);
  return old && fromUnversioned(old);
}

function timesIn(progress: Progress): number[] {
  return [
    progress.updatedAt,
    progress.emailSentAt ?? 0,
    progress.linkUsedAt ?? 0,
    ...Object.values(progress.tabs).map((trace) => trace.at),
  ];
}

export const progressCodec: Codec<Progress> = {
  decode(raw, now) {
    const progress = parseProgress(raw);
    if (!progress || timesIn(progress).some((time) => time > now + CLOCK_SKEW_MS)) return NO_PROGRESS;
    return current(progress, now);
  },
  encode: (progress) => (isEmpty(progress) ? null : { version: PROGRESS_VERSION, ...progress }),
};
