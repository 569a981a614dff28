import type { RegionId } from '../flow/rules';
import { REGIONS } from '../flow/steps';
import { CONSOLE_WORDING } from '../flow/vocabulary';
import type { PageView } from './page';
import { compact } from './text';

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** What region resolution needs of a page: its document and whether an element is shown. */
export interface RegionPage {
  doc: Document;
  isShown: (element: Element) => boolean;
}

/**
 * A section headed by one of `phrases`: the nearest ancestor of its heading that holds `holds`.
 * Headings win over other text carrying the phrase (a description may mention the section);
 * two different sections → none.
 */
export function headedSection(page: RegionPage, phrases: readonly string[], holds: string): Element | null {
  const keys = phrases.map(compact);
  const carries = (element: Element) => {
    const text = compact(element.textContent ?? '');
    return keys.some((key) => text.includes(key));
  };
  const body = page.doc.body;
  if (!body) return null;
  let headings = Array.from(body.querySelectorAll(HEADING_SELECTOR)).filter(
    (heading) => carries(heading) && page.isShown(heading),
  );
  // Older consoles head the section with an accordion button or plain text.
  if (headings.length === 0) headings = textParentsCarrying(body, keys).filter(page.isShown);
  const sections = new Set<Element>();
  for (const heading of headings) {
    for (let element = heading.parentElement; element && element !== body; element = element.parentElement) {
      if (element.querySelector(holds)) {
        sections.add(element);
        break;
      }
    }
  }
  const [only, ...others] = sections;
  return only && others.length === 0 ? only : null;
}

function textParentsCarrying(root: Element, keys: readonly string[]): Element[] {
  const parents: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = compact(node.nodeValue ?? '');
    if (node.parentElement && keys.some((key) => text.includes(key))) parents.push(node.parentElement);
  }
  return parents;
}

function hasArea(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width >= 2 && rect.height >= 2;
}

/** The one shown element matching `selector` (with an area); two shown → none. */
export function onlyShown(page: RegionPage, selector: string): Element | null {
  const shown = Array.from(page.doc.querySelectorAll(selector)).filter((element) => page.isShown(element));
  return shown.length === 1 ? (shown[0] as Element) : null;
}

/** The console's sections; `ignoreOpacity`: an element still fading in (opacity 0 for now) counts as there. */
export function resolveRegion(page: PageView, id: RegionId, options: { ignoreOpacity?: boolean } = {}): Element | null {
  const spec = REGIONS[id];
  const isShown = options.ignoreOpacity
    ? (element: Element) => element.checkVisibility({ checkVisibilityCSS: true }) && hasArea(element)
    : (element: Element) => page.visibility.isShownWithArea(element);
  const view: RegionPage = { doc: page.doc, isShown };
  if ('selector' in spec) return onlyShown(view, spec.selector);
  return headedSection(
    view,
    CONSOLE_WORDING.phrases[spec.heading].map((wording) => wording.text),
    spec.holds,
  );
}
