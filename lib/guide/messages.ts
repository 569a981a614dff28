/**
 * What tabs and the popup say to the background's owner: the changes it applies to storage, and
 * the one question it answers, what is stored now. The owner names the tab and stamps the time
 * itself, so a message carries neither. (Its schema lives with the owner,
 * lib/background/owner-messages.ts, so the content script does not carry it.)
 */
import { browser } from 'wxt/browser';
import type { Preferences } from './preferences';
import type { Progress, ProgressEvent } from './progress';

/** The guide's progress on AWS, and the rehearsal's own, so practising never touches a real countdown. */
export const PROGRESS_KEYS = ['progress', 'rehearsalProgress'] as const;
export type ProgressKey = (typeof PROGRESS_KEYS)[number];

export type OwnerMessage =
  | { type: 'guide:progress'; key: ProgressKey; event: ProgressEvent }
  | { type: 'guide:preferences'; change: Partial<Preferences> }
  /** Answered with a {@link GuideSnapshot}. */
  | { type: 'guide:read'; key: ProgressKey };

/** What is stored, as the owner decodes it (it repairs whatever did not decode to itself). */
export interface GuideSnapshot {
  progress: Progress;
  preferences: Preferences;
}

function send(message: OwnerMessage): Promise<unknown> {
  // A tab left over from an extension update has no background to talk to: nothing to save then.
  return browser.runtime.sendMessage(message).catch(() => null);
}

export const reportProgress = (key: ProgressKey, event: ProgressEvent) =>
  send({ type: 'guide:progress', key, event }).then(() => undefined);
export const changePreferences = (change: Partial<Preferences>) =>
  send({ type: 'guide:preferences', change }).then(() => undefined);

/**
 * The stored progress under `key` and the preferences, decoded by the owner, or `null` when no
 * owner answers. Only the extension's own background can answer a runtime message, so the
 * answer is not decoded again here: that keeps the validation out of the content script.
 */
export async function readGuideSnapshot(key: ProgressKey): Promise<GuideSnapshot | null> {
  const answer = (await send({ type: 'guide:read', key })) as Partial<GuideSnapshot> | null | undefined;
  return answer?.progress && answer.preferences ? (answer as GuideSnapshot) : null;
}

/** One progress record as a page sees it: its name, and where its changes go. */
export interface ProgressItem {
  readonly key: ProgressKey;
  report(event: ProgressEvent): Promise<void>;
}

const progressChannel = (key: ProgressKey): ProgressItem => ({ key, report: (event) => reportProgress(key, event) });

export const progressItem = progressChannel('progress');
export const rehearsalProgressItem = progressChannel('rehearsalProgress');
