import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';

/** What to have in place before an MFA device is lost (issue 13, "Ready before you need it"). */
export const READINESS_CHECKS = ['email', 'phone', 'spareDevice', 'rehearsed'] as const;
export type ReadinessCheck = (typeof READINESS_CHECKS)[number];

/** Only the ticks the person set; nothing about the account itself. */
export type Readiness = Record<ReadinessCheck, boolean>;

export const NOT_READY: Readiness = { email: false, phone: false, spareDevice: false, rehearsed: false };

const tick = v.boolean();

/** Exactly what is written: four booleans and nothing else. */
const StoredReadiness = v.strictObject({ email: tick, phone: tick, spareDevice: tick, rehearsed: tick });

/** What is read back from anything: each valid tick kept, anything else unticked, unknown keys dropped. */
const LenientReadiness = v.fallback(
  v.object({
    email: v.fallback(tick, false),
    phone: v.fallback(tick, false),
    spareDevice: v.fallback(tick, false),
    rehearsed: v.fallback(tick, false),
  }),
  () => ({ ...NOT_READY }),
);

export interface ParsedReadiness {
  readiness: Readiness;
  /** The stored value was not exactly a readiness record and should be rewritten. */
  repaired: boolean;
}

/** Reads a stored value defensively: storage is writable by anything running in the extension's origin. */
export function parseReadiness(stored: unknown): ParsedReadiness {
  if (stored === null || stored === undefined) return { readiness: { ...NOT_READY }, repaired: false };
  return { readiness: v.parse(LenientReadiness, stored), repaired: !v.is(StoredReadiness, stored) };
}

/** The raw `storage.local` item; read it only through {@link readinessStorage}. */
const readinessItem = storage.defineItem<unknown>('local:readiness');

export interface ReadinessStorage {
  load(): Promise<Readiness>;
  save(readiness: Readiness): Promise<void>;
  /** Calls `listener` when another page (another popup) changes the ticks; returns the unsubscribe. */
  watch(listener: (readiness: Readiness) => void): () => void;
}

export const readinessStorage: ReadinessStorage = {
  async load() {
    const stored = await readinessItem.getValue();
    const { readiness, repaired } = parseReadiness(stored);
    if (repaired) await readinessItem.setValue(readiness);
    return readiness;
  },
  async save(readiness) {
    await readinessItem.setValue(v.parse(StoredReadiness, readiness));
  },
  watch: (listener) => readinessItem.watch((stored) => listener(parseReadiness(stored).readiness)),
};
