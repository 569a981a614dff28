import { afterEach, describe, expect, it, vi } from 'vitest';
import { isResendPress, watchResendPresses } from '../../lib/guide/resend-presses';

afterEach(() => {
  document.body.replaceChildren();
});

describe('"Resend the email" presses', () => {
  it("counts the page's resend control, in English or Japanese, and nothing else", () => {
    document.body.innerHTML = `
      <p>Didn't receive the email? <button type="button"><span>Resend the email</span></button></p>
      <a href="#">E メールを再送信</a>
      <button type="button">Send verification email</button>`;
    expect(isResendPress(document.querySelector('span') as Element)).toBe(true);
    expect(isResendPress(document.querySelector('a') as Element)).toBe(true);
    expect(isResendPress(document.querySelectorAll('button')[1] as Element)).toBe(false);
    expect(isResendPress(document.querySelector('p') as Element)).toBe(false);
  });

  it('ignores a click the page scripts itself', () => {
    document.body.innerHTML = '<button type="button">Resend the email</button>';
    const onPress = vi.fn();
    watchResendPresses(document, onPress, new AbortController().signal);
    (document.querySelector('button') as HTMLButtonElement).click();
    expect(onPress).not.toHaveBeenCalled();
  });
});
