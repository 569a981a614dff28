/** Random values for the rehearsal: nothing here is a secret, they only have to differ each time. */

export type RandomBytes = (length: number) => Uint8Array;

const cryptoBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** Six digits, leading zeros allowed, never all the same digit (that would read like a placeholder). */
export function sixDigitCode(random: RandomBytes = cryptoBytes): string {
  for (;;) {
    const code = Array.from(random(6), (byte) => String(byte % 10)).join('');
    if (!/^(\d)\1{5}$/.test(code)) return code;
  }
}

/** A link token shaped like AWS's (hex groups), marked as practice. */
export function linkToken(random: RandomBytes = cryptoBytes): string {
  const hex = Array.from(random(16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `PRACTICE-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function shortId(random: RandomBytes = cryptoBytes): string {
  return Array.from(random(8), (byte) => byte.toString(36).padStart(2, '0')).join('');
}
