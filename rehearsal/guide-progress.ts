/**
 * The guide's progress during a rehearsal: its own storage key (lib/guide/storage.ts), so practising
 * never touches a real recovery's countdown, and engaged from the start so the full panel shows.
 * Like every change of progress it goes through the background's owner, which stamps the time with
 * its own clock.
 */
import { rehearsalProgressItem } from '../lib/guide/messages';
import { storedProgress } from '../lib/guide/storage';

/** A new rehearsal: the guide starts engaged with nothing remembered. */
export async function resetRehearsalProgress(): Promise<void> {
  await rehearsalProgressItem.report({ kind: 'start-over' });
  await rehearsalProgressItem.report({ kind: 'engage' });
}

/** Before the guide mounts on a simulated page: engaged, so it opens its panel at once. */
export async function ensureRehearsalEngaged(): Promise<void> {
  const progress = await storedProgress.rehearsalProgress.getValue();
  if (!progress.engaged) await rehearsalProgressItem.report({ kind: 'engage' });
}
