import { AUDIENCE } from '../flow/audience';
import { STAGES, STEP_GUIDANCE, stepGuidance } from '../flow/guidance';
import { STEPS, type StepId } from '../flow/steps';

/**
 * Everything the extension remembers about a recovery: facts that only move forward (how far the
 * flow got, when the verification email was last sent, when its link was used). Never anything
 * typed or shown on the page. One writer applies every change (see lib/background/progress-owner.ts),
 * so tabs never overwrite each other.
 */
export interface Progress {
  /** The person asked for the guide, or reached a recovery page: show the full panel. */
  engaged: boolean;
  /** The furthest step reached on any tab in this attempt; it never goes back. */
  lastStep: StepId | null;
  /** When the verification email was last really sent (ms since epoch), for the link's countdown. */
  emailSentAt: number | null;
  /** When a tab first reached a step that needs the email's link to have been opened. */
  linkUsedAt: number | null;
  /** On the security credentials page: the person says the lost device is removed. */
  lostDeviceRemoved: boolean;
  /** Each tab's latest recognised step, so a send is judged by what that tab showed before. */
  tabs: Readonly<Record<string, TabTrace>>;
  updatedAt: number;
}

export interface TabTrace {
  step: StepId;
  at: number;
}

export const NO_PROGRESS: Progress = {
  engaged: false,
  lastStep: null,
  emailSentAt: null,
  linkUsedAt: null,
  lostDeviceRemoved: false,
  tabs: {},
  updatedAt: 0,
};

/** What a tab (or the popup) reports; the owner stamps the time and names the tab. */
export type ProgressEvent =
  | { kind: 'step'; step: StepId }
  | { kind: 'email-resent' }
  | { kind: 'engage' }
  | { kind: 'lost-device-removed' }
  | { kind: 'start-over' };

/** AWS does not publish it; the seed article observed about 15 minutes. */
export const EMAIL_LINK_LIFETIME_MS = 15 * 60 * 1000;
/** Progress this old belongs to an attempt that was abandoned. */
export const PROGRESS_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** How far ahead of this clock a stored time may be before it is treated as corrupt. */
export const CLOCK_SKEW_MS = 60 * 1000;
/** Tabs remembered at once; the oldest traces go first. */
export const MAX_TABS = 8;

/** The remaining main-line steps after `id`, following `next` (branches have none and lead nowhere). */
function stepsToEnd(id: StepId): number {
  let count = 0;
  for (let step = stepGuidance(id)?.next; step && count <= STEPS.length; step = stepGuidance(step)?.next) {
    count += 1;
  }
  return count;
}

/** The step leads somewhere in the flow, or is led to (a branch is neither). */
function onTheWay(id: StepId): boolean {
  return Object.entries(STEP_GUIDANCE).some(([step, { next }]) => next !== null && (step === id || next === id));
}

/**
 * How far along the flow a step is, from the flow data: its stage first, then how close it is to
 * the end. Branches (failure pages, the IAM form) lead nowhere and never count as progress.
 */
export function stepRank(id: StepId | null): number {
  const guidance = id === null ? undefined : stepGuidance(id);
  if (id === null || !guidance) return -2;
  if (!onTheWay(id)) return -1;
  return STAGES.indexOf(guidance.stage) * (STEPS.length + 1) + (STEPS.length - stepsToEnd(id));
}

/**
 * The steps a tab sends the email from on its way to the sent state: the send button's step
 * (G3), and the step before it, which the newest UI (G4) skips by sending on its own.
 */
function sendsEmail(id: StepId): boolean {
  const next = stepGuidance(id)?.next;
  return next === 'email-sent' || (next != null && stepGuidance(next)?.next === 'email-sent');
}

/** A step only reachable once the email's link was opened: any step in a stage after the email's. */
export function needsOpenedLink(id: StepId | null): boolean {
  const guidance = id === null ? undefined : stepGuidance(id);
  return guidance !== undefined && STAGES.indexOf(guidance.stage) > STAGES.indexOf(STEP_GUIDANCE['email-sent'].stage);
}

export function isStale(progress: Progress, now: number): boolean {
  return progress.updatedAt > 0 && now - progress.updatedAt > PROGRESS_LIFETIME_MS;
}

/** The progress as it stands at `now`: nothing, once the attempt is a day old. */
export function current(progress: Progress, now: number): Progress {
  return isStale(progress, now) ? NO_PROGRESS : progress;
}

export function isEmpty(progress: Progress): boolean {
  return (
    !progress.engaged &&
    progress.lastStep === null &&
    progress.emailSentAt === null &&
    !progress.lostDeviceRemoved &&
    Object.keys(progress.tabs).length === 0
  );
}

function withTab(tabs: Progress['tabs'], tab: string, trace: TabTrace): Progress['tabs'] {
  const kept = Object.entries(tabs)
    .filter(([key]) => key !== tab)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_TABS - 1);
  return Object.fromEntries([[tab, trace], ...kept]);
}

function stepReached(progress: Progress, step: StepId, tab: string, now: number): Progress {
  if (step === 'unknown') return progress;
  const engaged = progress.engaged || AUDIENCE[step] === 'recovery';
  // Daily sign-ins leave no trace: nothing is recorded until the person is recovering.
  if (!engaged) return progress;
  const before = progress.tabs[tab]?.step ?? null;
  if (progress.engaged && before === step) return progress;
  // A real send: this tab came to the sent state from a step that sends, or no email is known
  // yet. A reload, or another tab's earlier step, is not a send.
  const sent = step === 'email-sent' && (progress.emailSentAt === null || (before !== null && sendsEmail(before)));
  const emailSentAt = sent ? Math.max(now, progress.emailSentAt ?? 0) : progress.emailSentAt;
  const linkOpened = needsOpenedLink(step) && !needsOpenedLink(before) && !linkUsed({ ...progress, emailSentAt });
  return {
    ...progress,
    engaged: true,
    lastStep: stepRank(step) > stepRank(progress.lastStep) ? step : progress.lastStep,
    emailSentAt,
    linkUsedAt: linkOpened ? now : progress.linkUsedAt,
    tabs: withTab(progress.tabs, tab, { step, at: now }),
    updatedAt: now,
  };
}

/**
 * `event`, reported by `tab` at `now` (the owner's clock), applied to `stored`. Pure; returns
 * the same object when nothing changed, so nothing is written.
 */
export function applyProgressEvent(stored: Progress, event: ProgressEvent, tab: string, now: number): Progress {
  const progress = current(stored, now);
  switch (event.kind) {
    case 'step':
      return stepReached(progress, event.step, tab, now);
    case 'email-resent':
      return { ...progress, engaged: true, emailSentAt: Math.max(now, progress.emailSentAt ?? 0), updatedAt: now };
    case 'engage':
      return engage(progress, now);
    case 'lost-device-removed':
      return progress.lostDeviceRemoved ? progress : { ...progress, lostDeviceRemoved: true, updatedAt: now };
    case 'start-over':
      return NO_PROGRESS;
  }
}

/** The guide was asked for: show the full panel. A stale attempt is not revived, only forgotten. */
export function engage(progress: Progress, now: number): Progress {
  const fresh = current(progress, now);
  return fresh.engaged ? fresh : { ...fresh, engaged: true, updatedAt: now };
}

/** The link of the latest email was opened (a later step was reached after it was sent). */
export function linkUsed(progress: Progress): boolean {
  return progress.emailSentAt !== null && progress.linkUsedAt !== null && progress.linkUsedAt >= progress.emailSentAt;
}

/**
 * The email link's countdown (spec §4): one for all tabs, from the latest real send, until the
 * link is used; `null` when there is none to show (also on the failure page `onStep`, if given).
 * `msLeft` is 0 once it ran out.
 */
export function emailCountdown(progress: Progress, now: number, onStep?: StepId): { msLeft: number } | null {
  const sentAt = progress.emailSentAt;
  if (sentAt === null || isStale(progress, now) || sentAt > now + CLOCK_SKEW_MS || linkUsed(progress)) return null;
  // A failure page (the link expired, the phone failed) says itself what happened; a page only the
  // opened link leads to shows it was used, before the owner has recorded it.
  if (onStep !== undefined && (isBranch(onStep) || needsOpenedLink(onStep))) return null;
  return { msLeft: emailLinkMsLeft(sentAt, now) };
}

/** A failure page or side path (it leads nowhere in the flow): it says itself what happened. */
function isBranch(id: StepId | null): boolean {
  return stepRank(id) === -1;
}

/** Milliseconds left on the email link sent at `sentAt`, never more than its lifetime. */
export function emailLinkMsLeft(sentAt: number, now: number): number {
  return Math.min(EMAIL_LINK_LIFETIME_MS, Math.max(0, sentAt + EMAIL_LINK_LIFETIME_MS - now));
}
