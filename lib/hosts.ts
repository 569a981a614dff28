/** Match patterns of the AWS sign-in hosts the content script runs on. */
export const SIGNIN_MATCHES = ['https://signin.aws.amazon.com/*', 'https://*.signin.aws.amazon.com/*'];
