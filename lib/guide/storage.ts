import { storage } from '@wxt-dev/storage';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';
import { NO_PROGRESS, type Progress } from './progress';

/** The only things the extension stores, in `storage.local`, shared by every tab. */
export const progressItem = storage.defineItem<Progress>('local:progress', { fallback: NO_PROGRESS });
export const preferencesItem = storage.defineItem<Preferences>('local:preferences', { fallback: DEFAULT_PREFERENCES });
/** The rehearsal's own progress, so practising never touches a real recovery's countdown. */
export const rehearsalProgressItem = storage.defineItem<Progress>('local:rehearsalProgress', { fallback: NO_PROGRESS });

export type ProgressItem = typeof progressItem;
