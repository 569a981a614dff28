import { useEffect, useState } from 'react';
import { type AwsRoute, awsRoute } from '../../lib/rehearsal/routes';
import {
  beginRecovery,
  type CodeOutcome,
  ensureAttempt,
  enterCode,
  type LinkOutcome,
  openEmailLink,
  type PhoneChannel,
  PRESS_WINDOW_MS,
  type RecoveryState,
  recoveryState,
  sendEmail,
  startPhoneVerification,
} from '../../lib/rehearsal/session';
import type { SessionStore } from '../../lib/rehearsal/store';
import { go, type RehearsalContextValue, useBannerNote, useGivesUp, useRehearsal, useSession } from './context';

/**
 * Each link is judged once per tab, however often the page re-renders or is reloaded: the tab that
 * verified the email goes on working; opening the link again elsewhere finds it used.
 */
const linkOutcomes = new Map<string, LinkOutcome>();
const OUTCOME_KEY = 'aws-rehearsal-link:';

function rememberedOutcome(token: string): LinkOutcome | undefined {
  const known = linkOutcomes.get(token);
  if (known) return known;
  const stored = sessionStorage.getItem(OUTCOME_KEY + token);
  return stored === 'verified' ? stored : undefined;
}

function openLinkOnce(store: SessionStore, token: string): LinkOutcome {
  let outcome = rememberedOutcome(token);
  if (outcome === undefined) {
    let result: LinkOutcome = 'unknown';
    store.update((session) => {
      const opened = openEmailLink(session, token, Date.now());
      result = opened.outcome;
      return opened.session;
    });
    outcome = result;
    sessionStorage.setItem(OUTCOME_KEY + token, outcome);
  }
  linkOutcomes.set(token, outcome);
  return outcome;
}

/** "Sign in using alternative factors" chosen: G4 sends the email by itself (spec §1). */
export function chooseAlternativeFactors(ctx: RehearsalContextValue, route: AwsRoute): void {
  const now = Date.now();
  ctx.store.update((session) => {
    const begun = beginRecovery(session, ctx.newId(), now);
    return route.gen === 'g4' ? sendEmail(begun, ctx.newToken(), now) : begun;
  });
  go(awsRoute(route.lang, route.gen, 'recovery'));
}

export interface RecoveryPage {
  state: RecoveryState;
  /** The page errored: its button was not pressed in time. */
  timedOut: boolean;
  /** The email's link no longer works (expired, used or replaced). */
  linkInvalid: boolean;
  code: string | null;
  misses: number;
  signInHref: string;
  sendEmail(): void;
  startPhone(channel: PhoneChannel): void;
  enterSmsCode(digits: string): CodeOutcome;
  signInToConsole(): void;
}

/** The "alternative factors" page of either generation, in step with every other tab. */
export function useRecoveryPage(route: AwsRoute): RecoveryPage {
  const ctx = useRehearsal();
  const session = useSession();
  const [linkOutcome] = useState(() =>
    route.screen === 'link' && route.token ? openLinkOnce(ctx.store, route.token) : null,
  );
  const linkInvalid = linkOutcome !== null && linkOutcome !== 'verified';

  // Opened directly (a reload, a bookmark): the attempt begins here; G4 sends its email at once.
  useEffect(() => {
    if (route.screen !== 'recovery') return;
    const now = Date.now();
    ctx.store.update((current) => {
      const withAttempt = ensureAttempt(current, ctx.newId(), now);
      return route.gen === 'g4' && withAttempt.attempt?.emailToken === null
        ? sendEmail(withAttempt, ctx.newToken(), now)
        : withAttempt;
    });
  }, [ctx, route.screen, route.gen]);

  const state = recoveryState(session.attempt);
  const waitsForPress = !linkInvalid && ((route.gen === 'g3' && state === 'verify-email') || state === 'verify-phone');
  const timedOut = useGivesUp(waitsForPress, PRESS_WINDOW_MS);

  useBannerNote({ kind: 'timed-out' }, timedOut);
  useBannerNote({ kind: 'invalid-link' }, linkInvalid && !timedOut);
  useBannerNote({ kind: 'mail-hint' }, !linkInvalid && !timedOut && state === 'email-sent');
  useBannerNote({ kind: 'ring-hint' }, !linkInvalid && !timedOut && state === 'phone-call');
  useBannerNote({ kind: 'sms-hint' }, !linkInvalid && !timedOut && state === 'sms-code');

  const phone = session.attempt?.phone ?? null;
  return {
    state,
    timedOut,
    linkInvalid,
    code: phone?.code ?? null,
    misses: phone?.misses ?? 0,
    signInHref: awsRoute(route.lang, route.gen, 'signin'),
    sendEmail() {
      const now = Date.now();
      ctx.store.update((current) => sendEmail(ensureAttempt(current, ctx.newId(), now), ctx.newToken(), now));
    },
    startPhone(channel) {
      ctx.store.update((current) => startPhoneVerification(current, channel, ctx.newCode(), Date.now()));
    },
    enterSmsCode(digits) {
      let outcome: CodeOutcome = 'ignored';
      ctx.store.update((current) => {
        const entered = enterCode(current, digits, Date.now());
        outcome = entered.outcome;
        return entered.session;
      });
      return outcome;
    },
    signInToConsole() {
      go(awsRoute(route.lang, route.gen, 'console'));
    },
  };
}
