/**
 * What tabs and the popup ask the background's owner to change in storage. The owner names the
 * tab and stamps the time itself, so a message carries neither. (Its schema lives with the owner,
 * lib/background/owner-messages.ts, so the content script does not carry it.)
 */
import { browser } from 'wxt/browser';
import type { Preferences } from './preferences';
import type { ProgressEvent } from './progress';

/** The guide's progress on AWS, and the rehearsal's own, so practising never touches a real countdown. */
export const PROGRESS_KEYS = ['progress', 'rehearsalProgress'] as const;
export type ProgressKey = (typeof PROGRESS_KEYS)[number];

export type OwnerMessage =
  | { type: 'guide:progress'; key: ProgressKey; event: ProgressEvent }
  | { type: 'guide:preferences'; change: Partial<Preferences> }
  /** A tab read a stored value that does not decode to itself. */
  | { type: 'guide:repair' };

function send(message: OwnerMessage): Promise<void> {
  // A tab left over from an extension update has no background to talk to: nothing to save then.
  return browser.runtime.sendMessage(message).then(
    () => undefined,
    () => undefined,
  );
}

export const reportProgress = (key: ProgressKey, event: ProgressEvent) => send({ type: 'guide:progress', key, event });
export const changePreferences = (change: Partial<Preferences>) => send({ type: 'guide:preferences', change });
export const askForRepair = () => send({ type: 'guide:repair' });
