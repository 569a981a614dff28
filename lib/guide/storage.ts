import { validatedItem } from '../storage/validated-item';
import { type ProgressKey, reportProgress } from './messages';
import { preferencesCodec } from './preferences-schema';
import type { Progress, ProgressEvent } from './progress';
import { progressCodec } from './progress-schema';

/**
 * The only things the extension stores, in `storage.local`, shared by every tab. Everything is
 * decoded on read; only the background's owner writes (lib/background/progress-owner.ts).
 */
export const storedProgress = {
  progress: validatedItem('progress', progressCodec),
  rehearsalProgress: validatedItem('rehearsalProgress', progressCodec),
} as const satisfies Record<ProgressKey, unknown>;

export const preferencesItem = validatedItem('preferences', preferencesCodec);

/** One progress record as a page sees it: read it, watch it, report to its owner. */
export interface ProgressItem {
  readonly key: ProgressKey;
  getValue(): Promise<Progress>;
  report(event: ProgressEvent): Promise<void>;
}

function progressHandle(key: ProgressKey): ProgressItem {
  return {
    key,
    getValue: () => storedProgress[key].getValue(),
    report: (event) => reportProgress(key, event),
  };
}

export const progressItem = progressHandle('progress');
export const rehearsalProgressItem = progressHandle('rehearsalProgress');
