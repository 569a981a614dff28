/**
 * What tabs and the popup ask the background's owner to change in storage. The owner names the
 * tab and stamps the time itself, so a message carries neither.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { STEP_IDS } from '../flow/steps';
import type { Preferences } from './preferences';
import { preferencesChangeSchema } from './preferences-schema';
import type { ProgressEvent } from './progress';

/** The guide's progress on AWS, and the rehearsal's own, so practising never touches a real countdown. */
export const PROGRESS_KEYS = ['progress', 'rehearsalProgress'] as const;
export type ProgressKey = (typeof PROGRESS_KEYS)[number];

const progressEventSchema = v.variant('kind', [
  v.object({ kind: v.literal('step'), step: v.picklist(STEP_IDS) }),
  v.object({ kind: v.picklist(['email-resent', 'engage', 'lost-device-removed', 'start-over']) }),
]);

export const ownerMessageSchema = v.variant('type', [
  v.object({ type: v.literal('guide:progress'), key: v.picklist(PROGRESS_KEYS), event: progressEventSchema }),
  v.object({ type: v.literal('guide:preferences'), change: preferencesChangeSchema }),
  /** A tab read a stored value that does not decode to itself. */
  v.object({ type: v.literal('guide:repair') }),
]);

export type OwnerMessage = v.InferOutput<typeof ownerMessageSchema>;

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
