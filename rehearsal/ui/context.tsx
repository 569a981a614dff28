/**
 * What every rehearsal page reaches through React context: the shared session store, the signal
 * that ends this page's rehearsal (its listeners and the guide stop with it), random values
 * (injectable for tests), and the practice banner's remark.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { type RehearsalMessages, rehearsalEn } from '../../locales/rehearsal.en';
import { rehearsalJa } from '../../locales/rehearsal.ja';
import type { RehearsalLang } from '../model/routes';
import type { RehearsalSession } from '../model/session';
import type { RehearsalStore } from '../session-store';

/** A remark the practice banner makes about the current page (never part of AWS's page). */
export type BannerNote =
  | 'timed-out'
  | 'invalid-link'
  | 'mail-hint'
  | 'ring-hint'
  | 'sms-hint'
  | 'not-practised'
  | 'resync';

export interface RehearsalContextValue {
  store: RehearsalStore;
  /** Aborts when this page's rehearsal ends. */
  signal: AbortSignal;
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
  return useStore(useRehearsal().store, (state) => state.session);
}

const MESSAGES: Record<RehearsalLang, RehearsalMessages> = { en: rehearsalEn, ja: rehearsalJa };

export function rehearsalMessages(lang: RehearsalLang): RehearsalMessages {
  return MESSAGES[lang];
}

/** Sets the banner's remark while `when` holds. */
export function useBannerNote(note: BannerNote, when = true): void {
  const { setNote } = useRehearsal();
  useEffect(() => {
    if (!when) return;
    setNote(note);
    return () => setNote(null);
  }, [note, when, setNote]);
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
