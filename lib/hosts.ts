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

/** `url`'s AWS site, or null when it is not an AWS URL or not a URL at all. */
export function awsSiteOf(url: string | URL): AwsSite | null {
  try {
    return awsSite(new URL(url));
  } catch {
    return null;
  }
}

/** Where the content script runs: AWS sign-in, and the IAM console for replacing the device afterwards. */
export const CONTENT_SCRIPT_MATCHES = [
  'https://signin.aws.amazon.com/*',
  'https://*.signin.aws.amazon.com/*',
  'https://console.aws.amazon.com/iam/*',
  'https://*.console.aws.amazon.com/iam/*',
];
