import type { Removed } from './tally';

/** Four digits or more in an id or class: long enough to be a phone's last digits, a code or an account id. */
const LONG_DIGIT_RUN = /\d{4,}/g;

/**
 * Ids, classes and test ids are the page's own names and stay, except the numbers in them
 * (`row-123456789012`). Each distinct number becomes a distinct number of the same length, so
 * `<label for>` and `aria-labelledby` still point at the element they named.
 */
export class IdentifierRedactor {
  private readonly pseudonyms = new Map<string, string>();

  constructor(private readonly removed: Removed) {}

  redact(identifier: string): string {
    return identifier.replace(LONG_DIGIT_RUN, (digits) => {
      let pseudonym = this.pseudonyms.get(digits);
      if (pseudonym === undefined) {
        pseudonym = String(this.pseudonyms.size + 1).padStart(digits.length, '0');
        this.pseudonyms.set(digits, pseudonym);
        this.removed.numbers++;
      }
      return pseudonym;
    });
  }

  /** A space-separated list of ids or class names. */
  redactList(list: string): string {
    return list
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => this.redact(name))
      .join(' ');
  }
}
