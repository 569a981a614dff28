/**
 * The "alternative factors" page of either generation, in step with every other tab: which state
 * it shows, whether it has errored, and what its buttons do. The generations only draw it.
 */
import { useEffect, useState } from 'react';
import { type AwsRoute, awsRoute } from '../model/routes';
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
} from '../model/session';
import type { RehearsalStore } from '../session-store';
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

function openLinkOnce(store: RehearsalStore, token: string): LinkOutcome {
  let outcome = rememberedOutcome(token);
  if (outcome === undefined) {
    let result: LinkOutcome = 'unknown';
    store.getState().update((session) => {
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
  ctx.store.getState().update((session) => {
    const begun = beginRecovery(session, ctx.newId(), now);
    return route.gen === 'g4' ? sendEmail(begun, ctx.newToken(), now) : begun;
  });
  go(awsRoute(route.lang, route.gen, 'recovery'));
}

/** Why the page can no longer go on: it waited too long for a button, or the email's link is spent. */
export type Blocked = 'timedOut' | 'linkInvalid';

export interface RecoveryPage {
  state: RecoveryState;
  blocked: Blocked | null;
  code: string | null;
  signInHref: string;
  sendEmail(): void;
  startPhone(channel: PhoneChannel): void;
  enterSmsCode(digits: string): CodeOutcome;
  signInToConsole(): void;
}

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
    ctx.store.getState().update((current) => {
      const withAttempt = ensureAttempt(current, ctx.newId(), now);
      return route.gen === 'g4' && withAttempt.attempt?.emailToken === null
        ? sendEmail(withAttempt, ctx.newToken(), now)
        : withAttempt;
    });
  }, [ctx, route.screen, route.gen]);

  const state = recoveryState(session.attempt);
  const waitsForPress = !linkInvalid && ((route.gen === 'g3' && state === 'verify-email') || state === 'verify-phone');
  const timedOut = useGivesUp(waitsForPress, PRESS_WINDOW_MS);
  const blocked: Blocked | null = timedOut ? 'timedOut' : linkInvalid ? 'linkInvalid' : null;

  useBannerNote('timed-out', blocked === 'timedOut');
  useBannerNote('invalid-link', blocked === 'linkInvalid');
  useBannerNote('mail-hint', !blocked && state === 'email-sent');
  useBannerNote('ring-hint', !blocked && state === 'phone-call');
  useBannerNote('sms-hint', !blocked && state === 'sms-code');

  const update = ctx.store.getState().update;
  return {
    state,
    blocked,
    code: session.attempt?.phone?.code ?? null,
    signInHref: awsRoute(route.lang, route.gen, 'signin'),
    sendEmail() {
      const now = Date.now();
      update((current) => sendEmail(ensureAttempt(current, ctx.newId(), now), ctx.newToken(), now));
    },
    startPhone(channel) {
      update((current) => startPhoneVerification(current, channel, ctx.newCode(), Date.now()));
    },
    enterSmsCode(digits) {
      let outcome: CodeOutcome = 'ignored';
      update((current) => {
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
