import { storage } from '@wxt-dev/storage';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';
import { NO_PROGRESS, type Progress } from './progress';

/** The only two things the extension stores, in `storage.local`, shared by every tab. */
export const progressItem = storage.defineItem<Progress>('local:progress', { fallback: NO_PROGRESS });
export const preferencesItem = storage.defineItem<Preferences>('local:preferences', { fallback: DEFAULT_PREFERENCES });
