/**
 * A URL as the copy may keep it: where the page is (host, path, the recovery `action`, the
 * console's route), never what identifies the person (an account alias in the host, query values,
 * numbers and tokens in the path).
 */

const SAFE_QUERY_VALUES: Record<string, RegExp> = {
  action: /^[A-Za-z]{1,40}$/,
  region: /^[a-z]{2}(?:-[a-z]+)+-\d$/,
  request_type: /^[A-Za-z]{1,20}$/,
};
/** The console routes the guide knows (`#/security_credentials$mfa`); any other fragment may name a person. */
const SAFE_FRAGMENT = /^#\/?security_credentials?(?:\$[a-z_]+)?$/;
const REGION_LABEL = /^[a-z]{2}(?:-[a-z]+)+-\d$/;
const SIGNIN_SUFFIX = '.signin.aws.amazon.com';
const SAFE_PATH_SEGMENT = /^[A-Za-z_.-]{0,40}$/;

export const REDACTED_VALUE = 'redacted';
export const REDACTED_ACCOUNT_LABEL = 'account';

/** The account id or alias a sign-in host names (`123456789012.signin.aws.amazon.com`), if any. */
export function accountLabel(hostname: string): string | null {
  if (!hostname.endsWith(SIGNIN_SUFFIX)) return null;
  const label = hostname.slice(0, -SIGNIN_SUFFIX.length);
  if (label === '' || label.includes('.') || REGION_LABEL.test(label)) return null;
  return label;
}

/** Query parameters whose values name the account or the person (they can prefill a form). */
const IDENTITY_KEYS = /^(?:account|alias|user(?:name)?|email|login(?:_hint)?)$/i;

/** Strings from the URL that must not appear anywhere in the copy. */
export function urlSecrets(url: URL): string[] {
  const secrets: string[] = [];
  const label = accountLabel(url.hostname);
  if (label) secrets.push(label);
  for (const [key, value] of url.searchParams) if (IDENTITY_KEYS.test(key) && value) secrets.push(value);
  return secrets;
}

export function redactUrl(href: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return '#';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '#';
  const label = accountLabel(url.hostname);
  const host = label ? `${REDACTED_ACCOUNT_LABEL}${SIGNIN_SUFFIX}` : url.hostname;
  const path = url.pathname
    .split('/')
    .map((segment) => (SAFE_PATH_SEGMENT.test(segment) ? segment : REDACTED_VALUE))
    .join('/');
  const query = [...url.searchParams.keys()]
    .filter((key, index, keys) => keys.indexOf(key) === index && /^[A-Za-z_-]{1,40}$/.test(key))
    .map((key) => {
      const value = url.searchParams.get(key) ?? '';
      const safe = SAFE_QUERY_VALUES[key]?.test(value) ?? false;
      return `${key}=${safe ? value : REDACTED_VALUE}`;
    })
    .join('&');
  const fragment = SAFE_FRAGMENT.test(url.hash) ? url.hash : '';
  return `${url.protocol}//${host}${path}${query ? `?${query}` : ''}${fragment}`;
}
