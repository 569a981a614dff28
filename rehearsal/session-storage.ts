/**
 * Where the rehearsal session lives: `storage.local`, apart from the guide's progress, shared by
 * the rehearsal's tabs. Read through the schema of model/saved-session.ts, so a bad, foreign or
 * day-old value is never used (and is overwritten by the fresh session that replaces it).
 */
import { storage } from '@wxt-dev/storage';
import { readSavedSession, savedSession } from './model/saved-session';
import type { SessionPersistence } from './session-store';

/** Typed `unknown`: what is stored is checked on every read, never trusted. */
export const savedSessionItem = storage.defineItem<unknown>('local:rehearsalSession', { fallback: null });

export const storedSession: SessionPersistence = {
  load: async () => readSavedSession(await savedSessionItem.getValue(), Date.now()),
  save: (session) => void savedSessionItem.setValue(savedSession(session, Date.now())),
  watch: (listener) => savedSessionItem.watch((value) => listener(readSavedSession(value, Date.now()))),
};
