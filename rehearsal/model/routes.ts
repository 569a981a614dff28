/**
 * The rehearsal's hash routes and the AWS URL each simulated page stands in for.
 *
 *   #/en                      start screen (language chosen)
 *   #/en/g3/signin            a simulated AWS page ("aws" surface: the guide runs on it)
 *   #/en/g3/link/<token>      the page the verification email's link opens (a new tab)
 *   #/en/g3/mailbox           the rehearsal's own pages ("own" surface: no guide, as on a real mail site)
 */

export const REHEARSAL_LANGS = ['en', 'ja'] as const;
export type RehearsalLang = (typeof REHEARSAL_LANGS)[number];

export const REHEARSAL_GENS = ['g3', 'g4'] as const;
export type RehearsalGen = (typeof REHEARSAL_GENS)[number];

/** Simulated AWS pages, in the order a person meets them. */
export const AWS_SCREENS = [
  'signin',
  'signin-root',
  'iam',
  'password',
  'mfa',
  'troubleshoot',
  'recovery',
  'link',
  'console',
] as const;
export type AwsScreen = (typeof AWS_SCREENS)[number];

/** The rehearsal's own pages: the practice mailbox and phone, and the end of the practice. */
export const OWN_SCREENS = ['mailbox', 'phone', 'done'] as const;
export type OwnScreen = (typeof OWN_SCREENS)[number];

export type Route =
  | { kind: 'start'; lang: RehearsalLang | null }
  | { kind: 'aws'; lang: RehearsalLang; gen: RehearsalGen; screen: AwsScreen; token: string | null }
  | { kind: 'own'; lang: RehearsalLang; gen: RehearsalGen; screen: OwnScreen };

export type AwsRoute = Extract<Route, { kind: 'aws' }>;

/**
 * The generations offered in a language. G4 is known only from an English source, so it is
 * practised in English only; G3's Japanese wording is known.
 */
export function generationsFor(lang: RehearsalLang): readonly RehearsalGen[] {
  return lang === 'en' ? ['g3', 'g4'] : ['g3'];
}

export function isOffered(lang: RehearsalLang, gen: RehearsalGen): boolean {
  return generationsFor(lang).includes(gen);
}

/**
 * Screens that exist in a generation: G3 has a separate IAM user page (after choosing "IAM user");
 * G4 opens on the IAM user form (`signin`) and asks for the root email on a page of its own.
 */
export function screenExists(gen: RehearsalGen, screen: AwsScreen): boolean {
  if (screen === 'signin-root') return gen === 'g4';
  if (screen === 'iam') return gen === 'g3';
  return true;
}

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

const TOKEN = /^[A-Za-z0-9-]{1,80}$/;

/** The route a `location.hash` names; anything unknown is the start screen. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [lang, gen, screen, token] = parts;
  if (!isOneOf(REHEARSAL_LANGS, lang)) return { kind: 'start', lang: null };
  if (!isOneOf(REHEARSAL_GENS, gen) || !isOffered(lang, gen)) return { kind: 'start', lang };
  if (isOneOf(OWN_SCREENS, screen) && parts.length === 3) return { kind: 'own', lang, gen, screen };
  if (!isOneOf(AWS_SCREENS, screen) || !screenExists(gen, screen)) return { kind: 'start', lang };
  if (screen === 'link') {
    return token !== undefined && TOKEN.test(token) && parts.length === 4
      ? { kind: 'aws', lang, gen, screen, token }
      : { kind: 'start', lang };
  }
  return parts.length === 3 ? { kind: 'aws', lang, gen, screen, token: null } : { kind: 'start', lang };
}

export function formatRoute(route: Route): string {
  if (route.kind === 'start') return route.lang ? `#/${route.lang}` : '#/';
  const base = `#/${route.lang}/${route.gen}/${route.screen}`;
  return route.kind === 'aws' && route.token !== null ? `${base}/${encodeURIComponent(route.token)}` : base;
}

export function awsRoute(lang: RehearsalLang, gen: RehearsalGen, screen: AwsScreen, token: string | null = null) {
  return formatRoute({ kind: 'aws', lang, gen, screen, token });
}

export function ownRoute(lang: RehearsalLang, gen: RehearsalGen, screen: OwnScreen) {
  return formatRoute({ kind: 'own', lang, gen, screen });
}

const SIGNIN_URL =
  'https://signin.aws.amazon.com/signin?redirect_uri=https%3A%2F%2Fconsole.aws.amazon.com%2Fconsole%2Fhome%3FhashArgs%3D%2523%26isauthcode%3Dtrue&client_id=arn%3Aaws%3Asignin%3A%3A%3Aconsole%2Fcanvas&forceMobileApp=0';
const RECOVERY_URL = 'https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail';
const SECURITY_CREDENTIALS_URL = 'https://console.aws.amazon.com/iam/home#/security_credentials';

/** The `key` that travels next to the token in the real link; here derived from it, never secret. */
export function linkKey(token: string): string {
  return Array.from(token).reverse().join('').replace(/-/g, '').slice(0, 16);
}

/**
 * The AWS URL a simulated page stands in for, which the guide's detector judges it at; null for
 * the rehearsal's own pages (judged at the extension's own URL: no AWS page).
 */
export function standInUrl(route: Route): string | null {
  if (route.kind !== 'aws') return null;
  switch (route.screen) {
    case 'recovery':
      return RECOVERY_URL;
    case 'link': {
      const token = route.token ?? '';
      return `https://signin.aws.amazon.com/noMfa?action=verifyEmail&token=${encodeURIComponent(token)}&key=${linkKey(token)}`;
    }
    case 'console':
      return SECURITY_CREDENTIALS_URL;
    default:
      return SIGNIN_URL;
  }
}

/** The language the start screen opens in when none is chosen: the browser's, if we speak it. */
export function preferredLang(browserLanguages: readonly string[]): RehearsalLang {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ja' || primary === 'en') return primary;
  }
  return 'en';
}
