import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { RehearsalLang } from '../../lib/rehearsal/routes';
import type { RehearsalSession } from '../../lib/rehearsal/session';
import type { SessionStore } from '../../lib/rehearsal/store';
import { type RehearsalMessages, rehearsalEn } from '../../locales/rehearsal.en';
import { rehearsalJa } from '../../locales/rehearsal.ja';

/** A remark the practice banner makes about the current page (never part of AWS's page). */
export type BannerNote =
  | { kind: 'timed-out' }
  | { kind: 'invalid-link' }
  | { kind: 'mail-hint' }
  | { kind: 'ring-hint' }
  | { kind: 'sms-hint' }
  | { kind: 'not-practised' }
  | { kind: 'resync' };

export interface RehearsalContextValue {
  store: SessionStore;
  /** Random values and time, injectable for tests. */
  newToken(): string;
  newCode(): string;
  newId(): string;
  /** Shows a remark in the practice banner until the page changes. */
  setNote(note: BannerNote | null): void;
}

export const RehearsalContext = createContext<RehearsalContextValue | null>(null);

export function useRehearsal(): RehearsalContextValue {
  const value = useContext(RehearsalContext);
  if (!value) throw new Error('useRehearsal outside <RehearsalContext.Provider>');
  return value;
}

export function useSession(): RehearsalSession {
  const { store } = useRehearsal();
  return useSyncExternalStore(store.subscribe, store.get);
}

const MESSAGES: Record<RehearsalLang, RehearsalMessages> = { en: rehearsalEn, ja: rehearsalJa };

export function rehearsalMessages(lang: RehearsalLang): RehearsalMessages {
  return MESSAGES[lang];
}

/** Sets the banner's remark while `when` holds. */
export function useBannerNote(note: BannerNote, when = true): void {
  const { setNote } = useRehearsal();
  const kind = note.kind;
  useEffect(() => {
    if (!when) return;
    setNote({ kind } as BannerNote);
    return () => setNote(null);
  }, [kind, when, setNote]);
}

/**
 * True once the page has waited `ms` for its button (the page errors, as AWS's does). The wait
 * starts when `waiting` becomes true and stops counting when it turns false.
 */
export function useGivesUp(waiting: boolean, ms: number): boolean {
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setGaveUp(true), ms);
    return () => clearTimeout(timer);
  }, [waiting, ms]);
  return gaveUp;
}

/** Navigates within the rehearsal (hash routes: the guide re-detects on the change). */
export function go(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}
