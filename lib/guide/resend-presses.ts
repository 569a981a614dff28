import { labelKey } from '../detector/text';
import { CONTROLS } from '../flow/vocabulary';

const RESEND_KEYS = new Set(CONTROLS.resendEmail.names.map((wording) => labelKey(wording.text)));
const CLICKABLE = 'button, a, input[type="button"], input[type="submit"], [role="button"], [role="link"]';

/** `target` (what a click landed on) is, or is inside, the page's "Resend the email" control. */
export function isResendPress(target: Element): boolean {
  const control = target.closest(CLICKABLE);
  if (!control) return false;
  // The person just clicked it, so it is shown: its label is its aria-label, value or text.
  const name =
    control.getAttribute('aria-label') ?? (control instanceof HTMLInputElement ? control.value : control.textContent);
  return RESEND_KEYS.has(labelKey(name ?? ''));
}

/**
 * Calls `onPress` when the person presses the page's own "Resend the email" (spec §4: a new email,
 * a new countdown) until `signal` aborts. It only listens: it never clicks, and reads no field.
 * A click the page scripts itself is not the person's and does not count.
 */
export function watchResendPresses(doc: Document, onPress: () => void, signal: AbortSignal): void {
  doc.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted && event.target instanceof Element && isResendPress(event.target)) onPress();
    },
    { capture: true, signal },
  );
}
