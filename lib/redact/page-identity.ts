/**
 * Names the page shows beside their labels — "Account name: root-admin" on the IAM console — are
 * the person's, and may be repeated anywhere (the console's account menu shows the same name).
 */
const IDENTITY_LABELS =
  /^(?:account name|account alias|aws account alias|iam user ?name|user ?name|アカウント名|アカウントエイリアス|アカウントのエイリアス|ユーザー名|iam ユーザー名)[:：]?$/i;
const MAX_LABEL_CHARS = 40;
const MAX_NAME_CHARS = 100;
const CONTROLS = 'input, select, textarea, button, a, [role]';

/** Every value the page labels as an account or user name (a leaf's next sibling), for redaction everywhere. */
export function labelledIdentities(root: Element): string[] {
  const names = new Set<string>();
  for (const label of Array.from(root.querySelectorAll('*'))) {
    if (label.childElementCount > 0) continue;
    const text = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > MAX_LABEL_CHARS || !IDENTITY_LABELS.test(text)) continue;
    const holder = label.nextElementSibling;
    // A field or a control beside the label is a form, not a shown name (and its value is never read).
    if (!holder || holder.matches(CONTROLS) || holder.querySelector(CONTROLS)) continue;
    const value = (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (value.length >= 3 && value.length <= MAX_NAME_CHARS) names.add(value);
  }
  return [...names];
}
