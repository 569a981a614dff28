import { GUIDE_HOST_SELECTOR } from '../guide-host';
import type { AwsSite } from '../hosts';
import { accessibleName, renderedText } from './accessible-name';
import { PageText } from './page-text';
import { compact, labelKey } from './text';
import { isDisabled, Visibility } from './visibility';

export type ControlRole = 'button' | 'link' | 'radio';

/** Something a person can click, as rendered on the page right now. */
export interface Control {
  role: ControlRole;
  /** What to highlight: for a radio drawn as a tile, its label. */
  element: Element;
  /** The accessible name reported for it (§7: the visible text of a button or link). */
  name: string;
  /** Comparison keys of every name it goes by (visible text and ARIA name). */
  keys: string[];
  enabled: boolean;
  checked: boolean;
  /** Large enough to see and click; a control without area is never a target. */
  hasArea: boolean;
}

/** A form field: its kind and label only, never its value. */
export interface Field {
  type: string;
  keys: string[];
}

/** What the detector knows about a page: a snapshot of what a person sees. */
export interface PageView {
  url: URL;
  site: AwsSite;
  /** The rendered text, {@link compact}ed. */
  text: PageText;
  controls: Control[];
  fields: Field[];
  /** A six-digit number stands alone on the page (the code to type on the phone's keypad). */
  showsSixDigitCode: boolean;
}

const CONTROL_SELECTOR = [
  'button',
  'a',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="radio"]',
  'input[type="submit" i]',
  'input[type="button" i]',
  'input[type="image" i]',
  'input[type="radio" i]',
].join(',');

const FIELD_SELECTOR =
  'input:not([type="hidden" i]):not([type="submit" i]):not([type="button" i]):not([type="image" i]):not([type="reset" i]):not([type="radio" i]):not([type="checkbox" i]), textarea, select';

const SIX_DIGITS = /^(?:\d{6}|\d{3}-\d{3})$/;
const DIGIT_RUN = /^[\d\s-]{1,7}$/;
const MAX_CODE_PROBES = 200;

function roleOf(element: Element): ControlRole | null {
  const role = element.getAttribute('role');
  if (role === 'button' || role === 'link' || role === 'radio') return role;
  if (role) return null;
  switch (element.localName) {
    case 'a':
      return 'link';
    case 'input':
      return (element.getAttribute('type') ?? '').toLowerCase() === 'radio' ? 'radio' : 'button';
    default:
      return 'button';
  }
}

function isChecked(element: Element): boolean {
  if (element instanceof HTMLInputElement) return element.checked;
  return element.getAttribute('aria-checked') === 'true';
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

/** Far longer than any label AWS puts on a control (with its description): not one of ours to judge. */
const MAX_NAME_SOURCES_CHARS = 1_200;

/**
 * A cheap first look from the raw sources of a control's name (hidden text included, so it only
 * ever lets through too much): only controls that might carry a wording we look for get the
 * costly rendered reading. Keeps detection fast on pages with thousands of links.
 */
function mayCarry(element: Element, wantedKeys: readonly string[]): boolean {
  const sources = [
    element.textContent ?? '',
    element.getAttribute('aria-label') ?? '',
    element.getAttribute('title') ?? '',
  ];
  const inputType = element.localName === 'input' ? (element.getAttribute('type') ?? '').toLowerCase() : null;
  // A button's value is its label; any other field's value is never read.
  if (inputType === 'submit' || inputType === 'button' || inputType === 'image') {
    sources.push(element.getAttribute('value') ?? 'submit', element.getAttribute('alt') ?? '');
  }
  for (const label of (element as HTMLInputElement).labels ?? []) sources.push(label.textContent ?? '');
  for (const id of (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    sources.push(element.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  const raw = sources.join(' ');
  if (raw.length > MAX_NAME_SOURCES_CHARS) return false;
  const key = compact(raw);
  return wantedKeys.some((wanted) => key.includes(wanted));
}

function readControl(element: Element, visibility: Visibility, wantedKeys: readonly string[]): Control | null {
  const role = roleOf(element);
  if (!role || element.closest(GUIDE_HOST_SELECTOR) || !mayCarry(element, wantedKeys)) return null;
  let shownElement: Element = element;
  if (role === 'radio' && element instanceof HTMLInputElement) {
    // Option tiles hide the native radio and draw its <label>: highlight the label a person clicks.
    const label = Array.from(element.labels ?? []).find((l) => visibility.isShownWithArea(l));
    if (label) shownElement = label;
  }
  if (!visibility.isShown(shownElement)) return null;
  const ariaName = accessibleName(element, visibility);
  const text = role === 'radio' ? ariaName : renderedText(element, visibility);
  const name = text || ariaName;
  if (!name) return null;
  return {
    role,
    element: shownElement,
    name,
    keys: unique([labelKey(text), labelKey(ariaName)]),
    enabled: !isDisabled(element),
    checked: role === 'radio' && isChecked(element),
    hasArea: visibility.isShownWithArea(shownElement),
  };
}

function readField(element: Element, visibility: Visibility): Field | null {
  if (element.closest(GUIDE_HOST_SELECTOR) || !visibility.isShownWithArea(element)) return null;
  const type =
    element.localName === 'input' ? (element.getAttribute('type') ?? 'text').toLowerCase() : element.localName;
  return { type, keys: unique([labelKey(accessibleName(element, visibility))]) };
}

/** Shown text, as the detector's phrases need it: a zero-size "screen-reader only" box does not count. */
function textParentShown(visibility: Visibility): (parent: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (parent) => {
    let shown = known.get(parent);
    if (shown === undefined) {
      shown =
        visibility.isShown(parent) && (getComputedDisplay(parent) === 'contents' || visibility.isShownWithArea(parent));
      known.set(parent, shown);
    }
    return shown;
  };
}

function getComputedDisplay(element: Element): string {
  return element.ownerDocument.defaultView?.getComputedStyle(element).display ?? '';
}

/** A six-digit number standing alone on the page: the code to type on the phone's keypad. */
function showsCode(text: PageText, visibility: Visibility): boolean {
  const probed = new Set<Element>();
  return text
    .shownSegments((segment) => DIGIT_RUN.test(segment), MAX_CODE_PROBES)
    .some(({ parent, text: digits }) => SIX_DIGITS.test(digits) || standsAloneAsCode(parent, visibility, probed));
}

/** The code may be split into one span per digit: look up to three levels up for exactly six digits. */
function standsAloneAsCode(start: Element, visibility: Visibility, probed: Set<Element>): boolean {
  let element: Element | null = start;
  for (let depth = 0; element && depth < 6; depth++, element = element.parentElement) {
    if (probed.has(element)) continue;
    probed.add(element);
    // A "Copy" button beside the code is not part of it.
    if (SIX_DIGITS.test(compact(renderedText(element, visibility, (child) => child.matches(CONTROL_SELECTOR)))))
      return true;
  }
  return false;
}

/**
 * Reads the page once. `controlKeys` are the comparison keys of every control wording the flow
 * knows; controls that cannot carry one are passed over.
 */
export function readPage(doc: Document, url: URL, site: AwsSite, controlKeys: readonly string[]): PageView {
  const visibility = new Visibility();
  const text = new PageText(doc.body ?? doc.documentElement, textParentShown(visibility));
  const showsSixDigitCode = showsCode(text, visibility);
  const controls = Array.from(doc.querySelectorAll(CONTROL_SELECTOR))
    .map((element) => readControl(element, visibility, controlKeys))
    .filter((control): control is Control => control !== null);
  const fields = Array.from(doc.querySelectorAll(FIELD_SELECTOR))
    .map((element) => readField(element, visibility))
    .filter((field): field is Field => field !== null);
  return { url, site, text, controls, fields, showsSixDigitCode };
}
