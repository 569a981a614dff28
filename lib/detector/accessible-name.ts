import { collapseWhitespace } from './text';
import type { Visibility } from './visibility';

/** The `<label>`s of a control (an index built once per page: `element.labels` is slow). */
export type LabelsOf = (element: Element) => readonly Element[];

const SKIPPED_SUBTREES = new Set(['script', 'style', 'noscript', 'template', 'select', 'textarea']);

/**
 * The text a person sees inside an element: rendered descendants only, image alternatives
 * included, block boundaries read as spaces. Form fields contribute nothing: what a person typed
 * is never read.
 */
export function renderedText(element: Element, visibility: Visibility, skip?: (element: Element) => boolean): string {
  const parts: string[] = [];
  const view = element.ownerDocument.defaultView;
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.nodeValue ?? '');
        continue;
      }
      if (!(child instanceof Element) || SKIPPED_SUBTREES.has(child.localName) || skip?.(child)) continue;
      if (!visibility.isShown(child)) continue;
      if (child.localName === 'img' || child.localName === 'area') {
        parts.push(child.getAttribute('alt') ?? '');
        continue;
      }
      if (child.localName === 'input') {
        const type = (child.getAttribute('type') ?? '').toLowerCase();
        if (type === 'submit' || type === 'button') parts.push(` ${child.getAttribute('value') ?? ''} `);
        continue;
      }
      const inline = view?.getComputedStyle(child).display.startsWith('inline') ?? false;
      if (!inline) parts.push(' ');
      walk(child);
      if (!inline) parts.push(' ');
    }
  };
  walk(element);
  return collapseWhitespace(parts.join(''));
}

/**
 * Whether {@link renderedText} of `element` would hold a character matching `pattern`, without
 * building it: a text node counts when every element between it and `element` is shown and none
 * is skipped. Cheap when it holds one early (the first shown match decides), which is what makes
 * it worth asking before reading a large element's rendered text.
 */
export function rendersMatch(
  element: Element,
  visibility: Visibility,
  pattern: RegExp,
  skip?: (element: Element) => boolean,
): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let parent = node.parentElement;
    if (!parent || !pattern.test(node.nodeValue ?? '') || (parent !== element && !visibility.isShown(parent))) continue;
    // Climbs to `element` unless an element on the way is left out.
    while (parent && parent !== element && !SKIPPED_SUBTREES.has(parent.localName) && !skip?.(parent)) {
      parent = parent.parentElement;
    }
    if (parent === element) return true;
  }
  return false;
}

function labelledByText(element: Element, visibility: Visibility): string | null {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return null;
  const text = ids
    .split(/\s+/)
    .map((id) => {
      const referenced = element.ownerDocument.getElementById(id);
      if (!referenced) return '';
      // A referenced node counts even when hidden (accname), but a rendered one only with what it renders.
      const rendered = referenced.checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true;
      return rendered ? renderedText(referenced, visibility) : (referenced.textContent ?? '');
    })
    .join(' ');
  return collapseWhitespace(text) || null;
}

function labelsText(element: Element, visibility: Visibility, labelsOf: LabelsOf): string | null {
  const labels = labelsOf(element);
  if (labels.length === 0) return null;
  return collapseWhitespace(Array.from(labels, (label) => renderedText(label, visibility)).join(' ')) || null;
}

/**
 * A simplified accessible name (WAI-ARIA accname): `aria-labelledby`, `aria-label`, then the
 * element's own source: a submit input's value, a field's `<label>`s, or the rendered text.
 * Never a text field's value.
 */
export function accessibleName(element: Element, visibility: Visibility, labelsOf: LabelsOf): string {
  const fromAria = labelledByText(element, visibility) ?? collapseWhitespace(element.getAttribute('aria-label') ?? '');
  if (fromAria) return fromAria;
  if (element.localName === 'input') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'submit') return collapseWhitespace(element.getAttribute('value') ?? 'Submit');
    if (type === 'button' || type === 'reset') return collapseWhitespace(element.getAttribute('value') ?? '');
    if (type === 'image') return collapseWhitespace(element.getAttribute('alt') ?? element.getAttribute('value') ?? '');
    return (
      labelsText(element, visibility, labelsOf) ??
      collapseWhitespace(element.getAttribute('placeholder') ?? element.getAttribute('title') ?? '')
    );
  }
  if (element.localName === 'select' || element.localName === 'textarea') {
    return labelsText(element, visibility, labelsOf) ?? collapseWhitespace(element.getAttribute('title') ?? '');
  }
  return renderedText(element, visibility) || collapseWhitespace(element.getAttribute('title') ?? '');
}
