/**
 * The rehearsal session shared by its tabs: an in-memory copy for synchronous rendering, written
 * through to storage and refreshed when another tab writes.
 */
import { newSession, type RehearsalSession } from './session';

export interface SessionPersistence {
  load(): Promise<RehearsalSession | null>;
  save(session: RehearsalSession): void;
  watch(listener: (session: RehearsalSession | null) => void): () => void;
}

export interface SessionStore {
  get(): RehearsalSession;
  subscribe(listener: () => void): () => void;
  /** Applies a pure change and saves it; returns the new session. */
  update(change: (session: RehearsalSession) => RehearsalSession): RehearsalSession;
  /** A brand-new session: a new rehearsal starts. */
  reset(id: string, now: number): RehearsalSession;
  close(): void;
}

export function createSessionStore(persistence: SessionPersistence, initial: RehearsalSession): SessionStore {
  let current = initial;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const set = (session: RehearsalSession, save: boolean) => {
    if (session === current) return;
    current = session;
    if (save) persistence.save(session);
    notify();
  };
  const unwatch = persistence.watch((session) => {
    if (session && JSON.stringify(session) !== JSON.stringify(current)) set(session, false);
  });
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      set(change(current), true);
      return current;
    },
    reset(id, now) {
      set(newSession(id, now), true);
      return current;
    },
    close: unwatch,
  };
}

/** Loads the stored session (or starts one) and keeps it in step with the other tabs. */
export async function openSessionStore(persistence: SessionPersistence, id: string, now: number) {
  const stored = await persistence.load();
  const session = stored ?? newSession(id, now);
  if (!stored) persistence.save(session);
  return createSessionStore(persistence, session);
}
