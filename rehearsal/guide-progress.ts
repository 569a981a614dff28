/**
 * The guide's progress during a rehearsal: its own storage key (lib/guide/storage.ts), so practising
 * never touches a real recovery's countdown, and engaged from the start so the full panel shows.
 */
import { engage, NO_PROGRESS } from '../lib/guide/progress';
import { rehearsalProgressItem } from '../lib/guide/storage';

/** A new rehearsal: the guide starts engaged with nothing remembered. */
export async function resetRehearsalProgress(now: number): Promise<void> {
  await rehearsalProgressItem.setValue(engage(NO_PROGRESS, now));
}

/** Before the guide mounts on a simulated page: engaged, so it opens its panel at once. */
export async function ensureRehearsalEngaged(now: number): Promise<void> {
  const progress = await rehearsalProgressItem.getValue();
  if (!progress.engaged) await rehearsalProgressItem.setValue(engage(progress, now));
}
