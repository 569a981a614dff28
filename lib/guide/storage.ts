import { validatedItem } from '../storage/validated-item';
import type { ProgressKey } from './messages';
import { preferencesCodec } from './preferences-schema';
import { progressCodec } from './progress-schema';

/**
 * The only things the extension stores, in `storage.local`, shared by every tab. Everything is
 * decoded on read; only the background's owner writes (lib/background/progress-owner.ts), and
 * pages learn what is stored from it (lib/guide/connect.ts).
 */
export const storedProgress = {
  progress: validatedItem('progress', progressCodec),
  rehearsalProgress: validatedItem('rehearsalProgress', progressCodec),
} as const satisfies Record<ProgressKey, unknown>;

export const preferencesItem = validatedItem('preferences', preferencesCodec);
