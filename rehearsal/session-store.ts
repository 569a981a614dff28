/**
 * The rehearsal session shared by its tabs, as a Zustand store (like the guide's): the page renders
 * from it synchronously; every change is written through to storage, and another tab's write
 * replaces it. It stops listening to storage when its signal aborts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { newSession, type RehearsalSession } from './model/session';

export interface SessionPersistence {
  /** The stored session, or null when there is none to trust (see model/saved-session.ts). */
  load(): Promise<RehearsalSession | null>;
  save(session: RehearsalSession): void;
  /** Calls `listener` with the session another tab stored (null when what it stored is not one). */
  watch(listener: (session: RehearsalSession | null) => void): () => void;
}

export interface SessionState {
  session: RehearsalSession;
  /** Applies a pure change (model/session.ts) and saves it; returns the new session. */
  update(change: (session: RehearsalSession) => RehearsalSession): RehearsalSession;
  /** A brand-new session: a new rehearsal starts. */
  reset(id: string, now: number): RehearsalSession;
}

export type RehearsalStore = StoreApi<SessionState>;

const same = (a: RehearsalSession, b: RehearsalSession) => JSON.stringify(a) === JSON.stringify(b);

export function createRehearsalStore(
  persistence: SessionPersistence,
  initial: RehearsalSession,
  signal: AbortSignal,
): RehearsalStore {
  const store = createStore<SessionState>()((set, get) => {
    const replace = (session: RehearsalSession) => {
      if (session === get().session) return session;
      set({ session });
      persistence.save(session);
      return session;
    };
    return {
      session: initial,
      update: (change) => replace(change(get().session)),
      reset: (id, now) => replace(newSession(id, now)),
    };
  });
  // Our own writes come back through the watch too: only a different session is taken.
  const unwatch = persistence.watch((session) => {
    if (session && !same(session, store.getState().session)) store.setState({ session });
  });
  signal.addEventListener('abort', unwatch, { once: true });
  return store;
}

/** Loads the stored session, or starts one (which also repairs a bad or expired stored value). */
export async function openRehearsalStore(
  persistence: SessionPersistence,
  fresh: { id: string; now: number },
  signal: AbortSignal,
): Promise<RehearsalStore> {
  const stored = await persistence.load();
  const session = stored ?? newSession(fresh.id, fresh.now);
  if (!stored) persistence.save(session);
  return createRehearsalStore(persistence, session, signal);
}
