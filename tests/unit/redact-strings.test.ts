import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTROLS, FIELD_LABELS, PHRASES } from '../../lib/flow/vocabulary';
import { IdentifierRedactor } from '../../lib/redact/identifiers';
import { emptyRemoved } from '../../lib/redact/tally';
import { TextRedactor } from '../../lib/redact/text';
import { accountLabel, redactUrl, urlSecrets } from '../../lib/redact/url';

const text = (secrets: string[] = []) => new TextRedactor(emptyRemoved(), secrets);

describe('text in the copy', () => {
  it.each([
    ['We sent an email to g*****m@example.com.', 'We sent an email to [email].'],
    [
      'We will now send a 6-digit code to your phone (ending in 1234).',
      'We will now send a 6-digit code to your phone (ending in 0000).',
    ],
    ['+81-***-****-**34', '+00-***-****-**00'],
    ['Account ID 1234-5678-9012', 'Account ID 0000-0000-0000'],
    ['482913', '000000'],
    ['Access key AKIAIOSFODNN7EXAMPLE', 'Access key [token]'],
    ['電話番号(末尾 5678)にお電話します', '電話番号(末尾 0000)にお電話します'],
  ])('%s → %s', (input, output) => {
    expect(text().redact(input)).toBe(output);
  });

  it('leaves every wording the detector looks for as it is', () => {
    const wordings = [
      ...Object.values(PHRASES),
      ...Object.values(FIELD_LABELS),
      ...Object.values(CONTROLS).map((c) => c.names),
    ];
    for (const wording of wordings.flat()) expect(text().redact(wording.text)).toBe(wording.text);
  });

  it('no run of digits survives, wherever it sits in the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[1-9]{2,12}$/), fc.string(), (before, digits, after) => {
        expect(text().redact(`${before} ${digits} ${after}`)).not.toContain(digits);
      }),
    );
  });

  it('removes the account alias named by the URL, in any case', () => {
    expect(text(['my-company-prod']).redact('Sign in to My-Company-Prod')).toBe('Sign in to [redacted]');
  });
});

describe('ids and classes in the copy', () => {
  it('keep their names; each long number becomes its own stand-in, so references still match', () => {
    const ids = new IdentifierRedactor(emptyRemoved());
    expect(ids.redactList('awsui_content_vjswe_1f2m0_101 row-123456789012')).toBe(
      'awsui_content_vjswe_1f2m0_101 row-000000000001',
    );
    expect(ids.redact('label-123456789012')).toBe('label-000000000001');
    expect(ids.redact('label-987654321098')).toBe('label-000000000002');
  });
});

describe('URLs in the copy', () => {
  it('keep where the page is, not who is on it', () => {
    expect(redactUrl('https://signin.aws.amazon.com/noMfa?action=verifyEmail&token=abc&key=def')).toBe(
      'https://signin.aws.amazon.com/noMfa?action=verifyEmail&token=redacted&key=redacted',
    );
    expect(redactUrl('https://my-company-prod.signin.aws.amazon.com/console')).toBe(
      'https://account.signin.aws.amazon.com/console',
    );
    expect(redactUrl('https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/security_credentials')).toBe(
      'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/security_credentials',
    );
    expect(redactUrl('https://console.aws.amazon.com/iam/home#/users/details/alice')).toBe(
      'https://console.aws.amazon.com/iam/home',
    );
    expect(redactUrl('https://signin.aws.amazon.com/reset/a1b2c3/go')).toBe(
      'https://signin.aws.amazon.com/reset/redacted/go',
    );
    expect(redactUrl('mailto:root@example.com')).toBe('#');
    expect(redactUrl('javascript:alert(1)')).toBe('#');
  });

  it('know the account a sign-in host names, and never a region', () => {
    expect(accountLabel('123456789012.signin.aws.amazon.com')).toBe('123456789012');
    expect(accountLabel('us-east-1.signin.aws.amazon.com')).toBeNull();
    expect(accountLabel('signin.aws.amazon.com')).toBeNull();
    expect(urlSecrets(new URL('https://signin.aws.amazon.com/oauth?account=acme-prod&response_type=code'))).toEqual([
      'acme-prod',
    ]);
  });
});
