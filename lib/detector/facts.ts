import type { ControlSpec, Wording } from '../flow/vocabulary';
import type { Control, PageView } from './page';
import { compact, labelKey } from './text';

/** One thing that is or is not true of a page; steps are recognised by combining facts. */
export type Fact = (page: PageView) => boolean;

function memoised(toKey: (text: string) => string): (wording: Wording) => string {
  const keys = new Map<Wording, string>();
  return (wording) => {
    let key = keys.get(wording);
    if (key === undefined) {
      key = toKey(wording.text);
      keys.set(wording, key);
    }
    return key;
  };
}

/** Labels compare without trailing punctuation ("Trouble signing in?"); phrases keep theirs ("IAM user:"). */
const wordingKey = memoised(labelKey);
const phraseKey = memoised(compact);

function nameMatches(keys: readonly string[], names: readonly Wording[]): boolean {
  return names.some((wording) => {
    const wanted = wordingKey(wording);
    return keys.some((key) => (wording.match === 'prefix' ? key.startsWith(wanted) : key === wanted));
  });
}

export function controlsMatching(page: PageView, spec: ControlSpec): Control[] {
  return page.controls.filter((control) => spec.roles.includes(control.role) && nameMatches(control.keys, spec.names));
}

/** A control a person could click now: shown with an area and not disabled. */
export function isClickable(control: Control): boolean {
  return control.enabled && control.hasArea;
}

export const all =
  (...facts: Fact[]): Fact =>
  (page) =>
    facts.every((fact) => fact(page));
export const any =
  (...facts: Fact[]): Fact =>
  (page) =>
    facts.some((fact) => fact(page));
export const not =
  (fact: Fact): Fact =>
  (page) =>
    !fact(page);

/** The rendered text contains one of the phrases. */
export const says =
  (phrases: readonly Wording[]): Fact =>
  (page) =>
    phrases.some((phrase) => page.text.includes(phraseKey(phrase)));

/** The control is on the page, shown, whatever its state. */
export const shows =
  (spec: ControlSpec): Fact =>
  (page) =>
    controlsMatching(page, spec).some((control) => control.hasArea);

/** The control is on the page and can be clicked now. */
export const offers =
  (spec: ControlSpec): Fact =>
  (page) =>
    controlsMatching(page, spec).some(isClickable);

/** The option (a radio) is selected. */
export const selected =
  (spec: ControlSpec): Fact =>
  (page) =>
    controlsMatching(page, spec).some((control) => control.checked && control.enabled && control.hasArea);

/** A shown field labelled with one of the wordings. */
export const hasField =
  (labels: readonly Wording[]): Fact =>
  (page) =>
    page.fields.some((field) => nameMatches(field.keys, labels));

export const hasFieldOfType =
  (type: string): Fact =>
  (page) =>
    page.fields.some((field) => field.type === type);

/** The URL's path and query (never its fragment) match. */
export const urlMatches =
  (pattern: RegExp): Fact =>
  (page) =>
    pattern.test(page.url.pathname + page.url.search);

export const hashStartsWith =
  (prefix: string): Fact =>
  (page) =>
    page.url.hash.startsWith(prefix);

export const showsSixDigitCode: Fact = (page) => page.showsSixDigitCode;
