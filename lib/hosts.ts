/** Where the content script runs: AWS sign-in, and the IAM console for replacing the device afterwards. */
export const CONTENT_SCRIPT_MATCHES = [
  'https://signin.aws.amazon.com/*',
  'https://*.signin.aws.amazon.com/*',
  'https://console.aws.amazon.com/iam/*',
  'https://*.console.aws.amazon.com/iam/*',
];
