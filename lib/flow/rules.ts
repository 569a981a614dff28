/**
 * The language the flow is written in: recognition and target rules as plain data, which
 * `lib/detector` interprets against a rendered page. Leaves name groups of wording in
 * `vocabulary.ts` by key, so a rule reads as what it means: `{ says: 'mfaPrompt' }`,
 * `{ offers: 'sendEmail' }`.
 */
import type { ControlId, FieldId, PhraseId } from './vocabulary';

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

// The rule builders are pure: a content script drops the other site's rules, calls and all.
/* @__NO_SIDE_EFFECTS__ */
export const all = (...rules: Rule[]): Rule => ({ all: rules });
/* @__NO_SIDE_EFFECTS__ */
export const any = (...rules: Rule[]): Rule => ({ any: rules });
/* @__NO_SIDE_EFFECTS__ */
export const not = (rule: Rule): Rule => ({ not: rule });
/* @__NO_SIDE_EFFECTS__ */
export const says = (phrases: PhraseId): Rule => ({ says: phrases });
/* @__NO_SIDE_EFFECTS__ */
export const shows = (control: ControlId): Rule => ({ shows: control });
/* @__NO_SIDE_EFFECTS__ */
export const offers = (control: ControlId): Rule => ({ offers: control });
/* @__NO_SIDE_EFFECTS__ */
export const selected = (control: ControlId): Rule => ({ selected: control });
/* @__NO_SIDE_EFFECTS__ */
export const field = (labels: FieldId): Rule => ({ field: labels });
/* @__NO_SIDE_EFFECTS__ */
export const fieldType = (type: string): Rule => ({ fieldType: type });
/* @__NO_SIDE_EFFECTS__ */
export const url = (pattern: RegExp): Rule => ({ url: pattern });
/* @__NO_SIDE_EFFECTS__ */
export const hashStartsWith = (prefix: string): Rule => ({ hashStartsWith: prefix });
export const sixDigitCode: Rule = { sixDigitCode: true };
/* @__NO_SIDE_EFFECTS__ */
export const context = (flag: ContextFlag): Rule => ({ context: flag });
/* @__NO_SIDE_EFFECTS__ */
export const within = (region: RegionId, rule: Rule): Rule => ({ within: region, rule });
/* @__NO_SIDE_EFFECTS__ */
export const present = (region: RegionId): Rule => ({ present: region });
