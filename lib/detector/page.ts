import type { ControlRole } from '../flow/vocabulary';
import { GUIDE_HOST_SELECTOR } from '../guide-host';
import type { AwsSite } from '../hosts';
import { accessibleName, type LabelsOf, renderedText, rendersMatch } from './accessible-name';
import { PageText } from './page-text';
import { compact, labelKey } from './text';
import { isDisabled, Visibility } from './visibility';

/** Something a person can click, as rendered on the page right now. */
export interface Control {
  role: ControlRole;
  /** The control itself (for a radio, the native input or the `role=radio` element). */
  source: Element;
  /** What to highlight: for a radio option, the whole option (its circle and its label). */
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

/** A shown form field: its kind and label only, never its value. */
export interface Field {
  element: Element;
  type: string;
  /** Its label (accessible name), as the CLI prints it. */
  name: string;
  keys: string[];
  enabled: boolean;
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
  /**
   * More controls carry a wording the flow knows than any AWS page has: not a page to judge
   * (and reading them all would freeze it).
   */
  crowded: boolean;
  visibility: Visibility;
  doc: Document;
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
  'input:not([type="hidden" i], [type="submit" i], [type="button" i], [type="image" i], [type="reset" i], [type="radio" i], [type="checkbox" i]), textarea, select';

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

/** More candidates than any AWS page shows; past this the page is `crowded` and reading stops. */
const MAX_CANDIDATE_CONTROLS = 300;

/**
 * Every `<label>`'s text by the control it labels, read once per page. `element.labels` looks
 * through the whole document on each call: on a page of 10,000 buttons that alone froze it for
 * seconds.
 */
function indexLabels(doc: Document): { labelsOf: LabelsOf; labelText: (element: Element) => string } {
  const byControl = new Map<Element, HTMLLabelElement[]>();
  for (const label of Array.from(doc.getElementsByTagName('label'))) {
    const control = label.control;
    if (!control) continue;
    const known = byControl.get(control);
    if (known) known.push(label);
    else byControl.set(control, [label]);
  }
  return {
    labelsOf: (element) => byControl.get(element) ?? [],
    labelText: (element) => (byControl.get(element) ?? []).map((label) => label.textContent ?? '').join(' '),
  };
}

/** Far longer than any label AWS puts on a control (with its description): not one of ours to judge. */
const MAX_NAME_SOURCES_CHARS = 1_200;

/** Controls that take their name from an attribute rather than their text. */
const ATTRIBUTE_NAMED =
  '[aria-label], [title], input[type="submit" i], input[type="button" i], input[type="image" i], [aria-labelledby]';

/**
 * The controls that might carry a wording the flow knows, found from the text rather than by
 * reading every control: each place the page's text contains a wanted key names the control
 * around it (or the control its `<label>` or `aria-labelledby` element names); controls named
 * by attributes are few and looked at directly. On a page of 10,000 buttons none of which says
 * anything AWS says, almost nothing is read. `null`: more candidates than any AWS page has.
 */
function candidateControls(
  doc: Document,
  text: PageText,
  wantedKeys: readonly string[],
  labelText: (element: Element) => string,
): Element[] | null {
  const found = new Set<Element>();
  const labelledBy = new Map<Element, Element[]>();
  for (const owner of Array.from(doc.querySelectorAll(ATTRIBUTE_NAMED))) {
    if (!owner.matches(CONTROL_SELECTOR)) continue;
    if (mayCarry(owner, wantedKeys, labelText)) found.add(owner);
    for (const id of (owner.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
      const referenced = doc.getElementById(id);
      if (referenced) labelledBy.set(referenced, [...(labelledBy.get(referenced) ?? []), owner]);
    }
  }
  const parents = text.parentsOfOccurrences(wantedKeys, MAX_TEXT_OCCURRENCES);
  if (parents === null) return null;
  for (const parent of parents) {
    const control = parent.closest(CONTROL_SELECTOR);
    if (control) found.add(control);
    const label = parent.closest('label')?.control;
    if (label?.matches(CONTROL_SELECTOR)) found.add(label);
    for (let element: Element | null = parent; element; element = element.parentElement) {
      for (const owner of labelledBy.get(element) ?? []) found.add(owner);
    }
    if (found.size > MAX_CANDIDATE_CONTROLS) return null;
  }
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** Places in the text where a wanted key appears, past which the page is not one to judge. */
const MAX_TEXT_OCCURRENCES = 3_000;

/**
 * The exact look, for a candidate, at the raw sources of a control's name (hidden text included, so it only
 * ever lets through too much): only controls that might carry a wording we look for get the
 * costly rendered reading. Keeps detection fast on pages with thousands of links.
 */
function mayCarry(element: Element, wantedKeys: readonly string[], labelText: (element: Element) => string): boolean {
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
  sources.push(labelText(element));
  for (const id of (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    sources.push(element.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  const raw = sources.join(' ');
  if (raw.length > MAX_NAME_SOURCES_CHARS) return false;
  const key = compact(raw);
  return wantedKeys.some((wanted) => key.includes(wanted));
}

const RADIO_SELECTOR = 'input[type="radio" i], [role="radio"]';

/**
 * Option tiles and Cloudscape radios draw a transparent native radio and name it by a separate
 * element (`<label>`, or a span through `aria-labelledby`): the option a person sees and clicks
 * is the nearest element holding both, unless that also holds another option; then the label.
 */
function radioOption(radio: Element, visibility: Visibility, labelsOf: LabelsOf): Element | null {
  const labelledBy = (radio.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => radio.ownerDocument.getElementById(id))
    .filter((element): element is HTMLElement => element !== null);
  const label = [...labelsOf(radio), ...labelledBy].find((candidate) => visibility.isShownWithArea(candidate));
  if (!label) return null;
  // The radio itself must not be removed from the page (display:none, visibility:hidden), only see-through.
  if (radio.checkVisibility?.({ checkVisibilityCSS: true }) === false) return null;
  for (let element: Element | null = label; element; element = element.parentElement) {
    if (!element.contains(radio)) continue;
    const others = Array.from(element.querySelectorAll(RADIO_SELECTOR)).some((other) => other !== radio);
    return others ? label : element;
  }
  return label;
}

function readControl(element: Element, visibility: Visibility, labels: ReturnType<typeof indexLabels>): Control | null {
  const role = roleOf(element);
  if (!role || element.closest(GUIDE_HOST_SELECTOR)) return null;
  const shownElement = (role === 'radio' && radioOption(element, visibility, labels.labelsOf)) || element;
  if (!visibility.isShown(shownElement)) return null;
  const ariaName = accessibleName(element, visibility, labels.labelsOf);
  const text = role === 'radio' ? ariaName : renderedText(element, visibility);
  const name = text || ariaName;
  if (!name) return null;
  return {
    role,
    source: element,
    element: shownElement,
    name,
    keys: unique([labelKey(text), labelKey(ariaName)]),
    enabled: !isDisabled(element),
    checked: role === 'radio' && isChecked(element),
    hasArea: visibility.isShownWithArea(shownElement),
  };
}

function readField(element: Element, visibility: Visibility, labelsOf: LabelsOf): Field | null {
  if (element.closest(GUIDE_HOST_SELECTOR) || !visibility.isShownWithArea(element)) return null;
  const type =
    element.localName === 'input' ? (element.getAttribute('type') ?? 'text').toLowerCase() : element.localName;
  const name = accessibleName(element, visibility, labelsOf);
  const enabled = !isDisabled(element) && !element.hasAttribute('readonly');
  return { element, type, name, keys: unique([labelKey(name)]), enabled };
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
    if (!mayShowSixDigits(element) || rendersMatch(element, visibility, LETTER, isControl)) continue;
    if (SIX_DIGITS.test(compact(renderedText(element, visibility, isControl)))) return true;
  }
  return false;
}

/** A "Copy" button beside the code is not part of it. */
const isControl = (element: Element) => element.matches(CONTROL_SELECTOR);
/** A shown letter means an element's text is more than a code: its rendered text need not be read. */
const LETTER = /\p{L}/u;

/** Images and buttons put attribute text (`alt`, `value`) into what an element shows. */
const ATTRIBUTE_TEXT = 'img, area, input';
const ASCII_DIGIT = /[0-9]/g;
/** Full-width and other number forms, which fold into ASCII digits when compared. */
const OTHER_NUMBER = /[^\P{N}0-9]/u;

/**
 * A cheap look before the costly rendered reading: what an element shows is its text, hidden
 * parts left out, so it can only be six digits if its text holds six (or other number forms,
 * or attribute text). Spares reading the whole page upwards from a "Step 1" heading.
 */
function mayShowSixDigits(element: Element): boolean {
  const text = element.textContent ?? '';
  if (OTHER_NUMBER.test(text) || element.querySelector(ATTRIBUTE_TEXT) !== null) return true;
  return (text.match(ASCII_DIGIT)?.length ?? 0) >= 6;
}

/**
 * Reads the page once. `controlKeys` are the comparison keys of every control wording the flow
 * knows; controls that cannot carry one are passed over.
 */
export function readPage(doc: Document, url: URL, site: AwsSite, controlKeys: readonly string[]): PageView {
  const visibility = new Visibility();
  const labels = indexLabels(doc);
  const text = new PageText(doc.body ?? doc.documentElement, textParentShown(visibility));
  const showsSixDigitCode = showsCode(text, visibility);
  const controls: Control[] = [];
  const candidates = candidateControls(doc, text, controlKeys, labels.labelText);
  const crowded = candidates === null;
  for (const element of candidates ?? []) {
    if (!mayCarry(element, controlKeys, labels.labelText)) continue;
    const control = readControl(element, visibility, labels);
    if (control) controls.push(control);
  }
  const fields = Array.from(doc.querySelectorAll(FIELD_SELECTOR))
    .map((element) => readField(element, visibility, labels.labelsOf))
    .filter((field): field is Field => field !== null);
  return { url, site, text, controls, fields, showsSixDigitCode, crowded, visibility, doc };
}

/**
 * The page has no content yet: not one control shown and hardly any text (a client-rendered
 * shell, like the first HTML of `/noMfa`).
 */
export function looksLikeShell(page: PageView): boolean {
  if (page.text.hasShownTextBeyond(SHELL_MAX_TEXT_CHARS)) return false;
  for (const element of Array.from(page.doc.querySelectorAll(CONTROL_SELECTOR))) {
    if (!element.closest(GUIDE_HOST_SELECTOR) && page.visibility.isShownWithArea(element)) return false;
  }
  return true;
}

/** A heading and a line of text at most; a recognisable AWS page says far more. */
const SHELL_MAX_TEXT_CHARS = 120;
