/**
 * The language the flow is written in: recognition and target rules as plain data, which
 * `lib/detector` interprets against a rendered page. Leaves name groups of wording in
 * `vocabulary.ts` by key, so a rule reads as what it means: `{ says: 'mfaPrompt' }`,
 * `{ offers: 'sendEmail' }`.
 */
import type { CONTROLS, FIELD_LABELS, PHRASES } from './vocabulary';

export type PhraseId = keyof typeof PHRASES;
export type ControlId = keyof typeof CONTROLS;
export type FieldId = keyof typeof FIELD_LABELS;

/** What the person told the guide, which no page shows (the panel's "I have removed it"). */
export interface DetectionContext {
  lostDeviceRemoved?: boolean;
}
export type ContextFlag = keyof DetectionContext;

/**
 * A part of the page that rules can look inside: `mfaSection`, the console's "Multi-factor
 * authentication (MFA)" container holding the device rows; `dialog`, the one dialog open on top
 * of the page.
 */
export type RegionId = 'mfaSection' | 'dialog';

export type Rule =
  | { all: readonly Rule[] }
  | { any: readonly Rule[] }
  | { not: Rule }
  /** The page's shown text contains one of the phrases. */
  | { says: PhraseId }
  /** The control is shown, whatever its state. */
  | { shows: ControlId }
  /** The control is shown and can be clicked now. */
  | { offers: ControlId }
  /** The option (a radio) is shown, enabled and selected. */
  | { selected: ControlId }
  /** A shown field carries one of the labels. */
  | { field: FieldId }
  /** A shown field of this input type (`password`). */
  | { fieldType: string }
  /** The URL's path and query (never its fragment) match. */
  | { url: RegExp }
  | { hashStartsWith: string }
  /** A six-digit number stands alone on the page (the code to type on the phone's keypad). */
  | { sixDigitCode: true }
  | { context: ContextFlag }
  /** The region is on the page at all (a dialog still fading in counts). */
  | { present: RegionId }
  /** `rule` holds of the controls and fields inside the region (false when the region is not found). */
  | { within: RegionId; rule: Rule };

/**
 * What to highlight. The first rule whose `when` holds decides. `control`/`field`: that element,
 * if it is on the page (inside `within`, when given) exactly once, shown and usable; otherwise
 * nothing. `region` alone: no element to click yet, ring the section the person works in.
 */
export type TargetRule = { when?: Rule } & (
  | { control: ControlId; within?: RegionId }
  | { field: FieldId; within?: RegionId }
  | { region: RegionId }
);

export const all = (...rules: Rule[]): Rule => ({ all: rules });
export const any = (...rules: Rule[]): Rule => ({ any: rules });
export const not = (rule: Rule): Rule => ({ not: rule });
export const says = (phrases: PhraseId): Rule => ({ says: phrases });
export const shows = (control: ControlId): Rule => ({ shows: control });
export const offers = (control: ControlId): Rule => ({ offers: control });
export const selected = (control: ControlId): Rule => ({ selected: control });
export const field = (labels: FieldId): Rule => ({ field: labels });
export const fieldType = (type: string): Rule => ({ fieldType: type });
export const url = (pattern: RegExp): Rule => ({ url: pattern });
export const hashStartsWith = (prefix: string): Rule => ({ hashStartsWith: prefix });
export const sixDigitCode: Rule = { sixDigitCode: true };
export const context = (flag: ContextFlag): Rule => ({ context: flag });
export const within = (region: RegionId, rule: Rule): Rule => ({ within: region, rule });
export const present = (region: RegionId): Rule => ({ present: region });
