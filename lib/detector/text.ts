/** Text as shown to people: whitespace runs collapsed, ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const NOT_ASCII = /[^\t\n\v\f\r -~]/;

/**
 * The form two strings are compared in: Unicode-compatibility folded (full-width "ＭＦＡ" and "？"
 * become "MFA" and "?"), lower-cased, and with every space removed, so that 「確認 E メールの送信」
 * and 「確認Eメールの送信」, or "Sign in" split over two spans, compare equal.
 */
export function compact(text: string): string {
  // Plain ASCII needs no Unicode folding (and a page's text is mostly that: NFKC is the costly part).
  return (NOT_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase().replace(/[\s\u200b\u00ad]+/g, '');
}

const TRAILING_DECORATION = /[.。:：!?…›»→>]+$/u;

/** The comparison key of a control's label: {@link compact} without trailing punctuation or arrows. */
export function labelKey(text: string): string {
  return compact(text).replace(TRAILING_DECORATION, '');
}
