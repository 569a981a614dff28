import type { Removed } from './tally';

/**
 * Redaction of the strings a copy keeps (text, labels, titles): whatever has the shape of a
 * person's data goes, the wording around it stays. The detector's wording has no "@" and no run of
 * two digits but a count of digits, so nothing it looks for is touched.
 */

/** An Amazon Resource Name: the account and the name of the resource (`arn:aws:iam::…:mfa/old-iphone`). */
const ARN = /\barn:aws[\w-]*:[\w-]*:[\w-]*:\d*:[^\s"'<>]+/g;
/** Long runs of letters and digits together: keys, tokens, canonical user ids, access key ids. */
const TOKEN = /[A-Za-z0-9+/_=-]{20,}/g;
const HAS_LETTER_AND_DIGIT = /(?=.*[A-Za-z])(?=.*\d)/;
/** An address, masked (`g*****m@example.com`) or not; the full stop after it is the sentence's. */
const EMAIL = /[^\s@()<>[\]「」『』"',;:]+@[^\s@()<>[\]「」『』"',;:]*[^\s@()<>[\]「」『』"',;:.。]/gu;
/** Masking characters next to digits: `***-****-**34`, `•••• 1234`. */
const MASKED_DIGITS = /(?:[*•●∗＊]{2,}[\s\-.()]*)+\d+|\d+(?:[\s\-.()]*[*•●∗＊]{2,})+/gu;
/**
 * Two or more digits: a code, the last digits of a phone, an account id, a date — but not a count
 * of digits in AWS's own wording ("Account ID (12 digits) or account alias").
 */
const DIGIT_RUN = /\d{2,}(?!\s*(?:digits?\b|桁))/g;

export const EMAIL_PLACEHOLDER = '[email]';
export const TOKEN_PLACEHOLDER = '[token]';
export const SECRET_PLACEHOLDER = '[redacted]';
/** Keeps the shape the detector knows a device row's label by; the account and device name go. */
export const ARN_PLACEHOLDER = 'arn:aws:iam::[redacted]';

function zeros(digits: string): string {
  return digits.replace(/\d/g, '0');
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Redacts text for the copy; `secrets` are strings known to be the person's (the account alias in the URL). */
export class TextRedactor {
  private readonly secretPattern: RegExp | null;

  constructor(
    private readonly removed: Removed,
    secrets: readonly string[] = [],
  ) {
    const usable = secrets.filter((secret) => secret.length >= 3);
    this.secretPattern = usable.length > 0 ? new RegExp(usable.map(escapeForRegExp).join('|'), 'gi') : null;
  }

  redact(text: string): string {
    let result = this.redactSecrets(text)
      .replace(ARN, () => {
        this.removed.tokens++;
        return ARN_PLACEHOLDER;
      })
      .replace(TOKEN, (match) => {
        if (!HAS_LETTER_AND_DIGIT.test(match)) return match;
        this.removed.tokens++;
        return TOKEN_PLACEHOLDER;
      });
    result = this.redactEmails(result).replace(MASKED_DIGITS, (match) => {
      this.removed.numbers++;
      return zeros(match);
    });
    return result.replace(DIGIT_RUN, (match) => {
      if (/^0+$/.test(match)) return match;
      this.removed.numbers++;
      return zeros(match);
    });
  }

  /**
   * An id, class or test id: the known secrets and addresses go, but not every long name (class
   * names like `awsui_content_vjswe_1f2m0_101` look like tokens); their numbers are left to
   * {@link IdentifierRedactor}.
   */
  redactNames(names: string): string {
    return this.redactEmails(this.redactSecrets(names));
  }

  private redactSecrets(text: string): string {
    if (!this.secretPattern) return text;
    return text.replace(this.secretPattern, () => {
      this.removed.tokens++;
      return SECRET_PLACEHOLDER;
    });
  }

  private redactEmails(text: string): string {
    return text.replace(EMAIL, () => {
      this.removed.emails++;
      return EMAIL_PLACEHOLDER;
    });
  }

  /** A text node that is a single digit of a number split over several elements (`<span>4</span><span>8</span>…`). */
  redactSplitDigits(text: string): string {
    return text.replace(/\d/g, (digit) => {
      if (digit !== '0') this.removed.numbers++;
      return '0';
    });
  }
}
