export type AwsSite = 'signin' | 'console';

const SIGNIN_HOST = /^(?:[a-z0-9-]+\.)*signin\.aws\.amazon\.com$/;
const CONSOLE_HOST = /^(?:[a-z0-9-]+\.)?console\.aws\.amazon\.com$/;

/**
 * Which AWS site a URL belongs to, by exact host: `signin.aws.amazon.com.example.net` and
 * plain-http copies are not AWS.
 */
export function awsSite(url: URL): AwsSite | null {
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') {
    return null;
  }
  if (SIGNIN_HOST.test(url.hostname)) return 'signin';
  if (CONSOLE_HOST.test(url.hostname)) return 'console';
  return null;
}

/** `url` parsed, or null when it is not a URL at all. */
export function parseUrl(url: string | URL): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `url`'s AWS site, or null when it is not an AWS URL or not a URL at all. */
export function awsSiteOf(url: string | URL): AwsSite | null {
  const parsed = parseUrl(url);
  return parsed && awsSite(parsed);
}

/** Where each site's content script runs: AWS sign-in, and the IAM console for replacing the device afterwards. */
export const CONTENT_SCRIPT_MATCHES_BY_SITE: Record<AwsSite, string[]> = {
  signin: ['https://signin.aws.amazon.com/*', 'https://*.signin.aws.amazon.com/*'],
  console: ['https://console.aws.amazon.com/iam/*', 'https://*.console.aws.amazon.com/iam/*'],
};
export const CONTENT_SCRIPT_MATCHES = [
  ...CONTENT_SCRIPT_MATCHES_BY_SITE.signin,
  ...CONTENT_SCRIPT_MATCHES_BY_SITE.console,
];
