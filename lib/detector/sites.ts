/**
 * Each AWS site's rules for the detector: the sign-in pages and the IAM console. Each site's
 * content script imports only its own (the sign-in pages, passed on every daily sign-in, never
 * carry the console's sections and wording).
 */
import { CONSOLE_STEPS, SIGNIN_STEPS } from '../flow/steps';
import { CONSOLE_WORDING, SIGNIN_WORDING } from '../flow/vocabulary';
import type { SiteRules, Sites } from './detect';
import { resolveRegion } from './region';

export const SIGNIN_RULES: SiteRules = { steps: SIGNIN_STEPS, wording: SIGNIN_WORDING };

export const CONSOLE_RULES: SiteRules = { steps: CONSOLE_STEPS, wording: CONSOLE_WORDING, regions: resolveRegion };

export const ALL_SITES: Sites = { signin: SIGNIN_RULES, console: CONSOLE_RULES };
