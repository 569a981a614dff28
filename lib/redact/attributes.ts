import type { IdentifierRedactor } from './identifiers';
import type { Removed } from './tally';
import type { TextRedactor } from './text';
import { redactUrl } from './url';

/**
 * The attributes a copy keeps, each for what it tells about the page's structure. Everything
 * else (values, names, `src`, `data-*`, event handlers, inline style) is never read.
 */
const IDENTIFIER_LISTS = new Set([
  'id',
  'class',
  'for',
  'headers',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'data-testid',
]);
const TEXTS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);
const BOOLEANS = new Set(['hidden', 'disabled', 'readonly', 'required', 'multiple', 'open', 'inert']);
/** Short words that say how a control behaves: `role="radio"`, `type="submit"`, `aria-checked="true"`. */
const KEYWORDS = new Set([
  'role',
  'type',
  'lang',
  'dir',
  'scope',
  'autocomplete',
  'inputmode',
  'aria-hidden',
  'aria-disabled',
  'aria-checked',
  'aria-selected',
  'aria-expanded',
  'aria-pressed',
  'aria-current',
  'aria-modal',
  'aria-live',
  'aria-level',
  'aria-haspopup',
  'aria-invalid',
  'aria-required',
  'aria-readonly',
  'aria-orientation',
  'aria-busy',
  'aria-atomic',
  'aria-multiselectable',
]);
const KEYWORD_VALUE = /^[A-Za-z][A-Za-z -]{0,39}$|^\d$/;
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset']);
const CHECKABLE_INPUT_TYPES = new Set(['radio', 'checkbox']);

export interface AttributeRedactors {
  text: TextRedactor;
  identifiers: IdentifierRedactor;
  removed: Removed;
  pageUrl: string;
}

function inputType(element: Element): string | null {
  return element.localName === 'input' ? (element.getAttribute('type') ?? 'text').toLowerCase() : null;
}

/** The kept attributes of `element`, redacted, in the order the page wrote them. */
export function keptAttributes(element: Element, redactors: AttributeRedactors): [string, string | true][] {
  const kept: [string, string | true][] = [];
  const type = inputType(element);
  for (const name of element.getAttributeNames()) {
    if (name === 'selected' || name === 'checked') continue;
    if (name === 'value') {
      // A button's value is its label; any other field's value is what was typed, and is never read.
      if (type !== null && BUTTON_INPUT_TYPES.has(type)) {
        kept.push([name, redactors.text.redact(element.getAttribute(name) ?? '')]);
      } else if (element.localName === 'input' || element.localName === 'textarea' || element.localName === 'option') {
        redactors.removed.fieldValues++;
      }
      continue;
    }
    if (name === 'href' && (element.localName === 'a' || element.localName === 'area')) {
      redactors.removed.links++;
      kept.push([name, redactUrl(element.getAttribute(name) ?? '', redactors.pageUrl)]);
      continue;
    }
    const value = (): string => element.getAttribute(name) ?? '';
    if (IDENTIFIER_LISTS.has(name))
      kept.push([name, redactors.identifiers.redactList(redactors.text.redactNames(value()))]);
    else if (TEXTS.has(name)) kept.push([name, redactors.text.redact(value())]);
    else if (BOOLEANS.has(name)) kept.push([name, true]);
    else if (KEYWORDS.has(name) && KEYWORD_VALUE.test(value())) kept.push([name, value()]);
  }
  if (type !== null && CHECKABLE_INPUT_TYPES.has(type) && (element as HTMLInputElement).checked) {
    kept.push(['checked', true]);
  }
  return kept;
}
