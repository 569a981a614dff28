import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awsSite, awsSiteOf } from '../../lib/hosts';

const site = (url: string) => awsSite(new URL(url));

describe('awsSite', () => {
  it.each([
    ['https://signin.aws.amazon.com/signin?redirect_uri=x', 'signin'],
    ['https://us-east-1.signin.aws.amazon.com/oauth?client_id=arn:aws:signin:::console/canvas', 'signin'],
    ['https://123456789012.signin.aws.amazon.com/console', 'signin'],
    ['https://SIGNIN.AWS.AMAZON.COM/noMfa?action=decoupledConfirmEmail', 'signin'],
    ['https://console.aws.amazon.com/iam/home#/security_credentials', 'console'],
    ['https://eu-west-1.console.aws.amazon.com/iam/home', 'console'],
  ])('%s is AWS (%s)', (url, expected) => {
    expect(site(url)).toBe(expected);
  });

  it.each([
    'https://signin.aws.amazon.com.example.net/',
    'https://aws-signin.example/',
    'https://signin-aws.amazon.com/',
    'https://signin.aws.amazon.co/',
    'https://evilsignin.aws.amazon.com.evil/',
    'https://xsignin.aws.amazon.com/',
    'http://signin.aws.amazon.com/',
    'https://signin.aws.amazon.com:8443/',
    'https://user:pass@signin.aws.amazon.com/',
    'https://a.b.console.aws.amazon.com/',
    'https://portal.aws.amazon.com/billing/signup',
    'https://example.com/signin.aws.amazon.com',
  ])('%s is not AWS', (url) => {
    expect(site(url)).toBeNull();
  });

  it('never accepts a host that merely starts with an AWS host', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(label, fc.constantFrom('com', 'net', 'example', 'io'), (extra, tld) => {
        expect(site(`https://signin.aws.amazon.com.${extra}.${tld}/`)).toBeNull();
        expect(site(`https://console.aws.amazon.com.${extra}.${tld}/`)).toBeNull();
      }),
    );
  });
});

describe('awsSiteOf', () => {
  it('reads a URL given as text, and takes what is not a URL for no AWS site', () => {
    expect(awsSiteOf('https://signin.aws.amazon.com/noMfa')).toBe('signin');
    expect(awsSiteOf(new URL('https://console.aws.amazon.com/iam/home'))).toBe('console');
    expect(awsSiteOf('signin.aws.amazon.com/noMfa')).toBeNull();
    expect(awsSiteOf('')).toBeNull();
  });
});
