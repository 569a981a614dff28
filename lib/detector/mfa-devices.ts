import { PHRASES } from '../flow/vocabulary';
import { GUIDE_HOST_SELECTOR } from '../guide-host';
import { compact } from './text';

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], [aria-expanded], caption, legend';
const SECTION_BOUNDARY = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const TABLE_SELECTOR = 'table, [role="table"], [role="grid"]';
const ROW_SELECTOR = 'tr, [role="row"]';
const CELL_SELECTOR = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"]';

/** A heading may carry a counter ("(2)") or an accordion sign ("−"); a paragraph that quotes the phrase is longer. */
const MAX_HEADING_EXTRA_CHARS = 16;
const COUNTER = /\((\d+)\)$/;
/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelled out: the CLI runs without DOM globals. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/** Cloudscape's table states: the empty state and the loading spinner sit in one merged cell. */
const EMPTY_STATE = '[class*="awsui_empty_"]';
const LOADING_STATE = '[class*="awsui_loading_"], [class*="status-loading"], [aria-busy="true"], [role="progressbar"]';

const SECTION_PHRASES = PHRASES.mfaSection.map((wording) => compact(wording.text));

/**
 * Shown as far as styles and attributes say. Unlike the detector's `Visibility` it needs no layout:
 * whether a row is on screen does not matter here, only whether it is part of the page a person sees
 * (a hidden stale table, the sticky header's `aria-hidden` copy of the table, a closed dialog are not).
 */
class Rendering {
  private readonly known = new Map<Element, boolean>();

  isShown(element: Element): boolean {
    const cached = this.known.get(element);
    if (cached !== undefined) return cached;
    const parent = element.parentElement;
    const shown = this.ownStyleShows(element) && (parent === null || this.isShown(parent));
    this.known.set(element, shown);
    return shown;
  }

  private ownStyleShows(element: Element): boolean {
    const hidden = element.getAttribute('hidden');
    if ((hidden !== null && hidden !== 'until-found') || element.getAttribute('aria-hidden') === 'true') return false;
    if (element.hasAttribute('inert')) return false;
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    return !style || (style.display !== 'none' && style.visibility !== 'hidden' && style.visibility !== 'collapse');
  }
}

interface SectionHeading {
  element: Element;
  /** The number the heading itself states, "Multi-factor authentication (MFA) (2)", if any. */
  counter: number | null;
}

function readHeading(element: Element): SectionHeading | null {
  const text = compact(element.textContent ?? '');
  for (const phrase of SECTION_PHRASES) {
    const at = text.indexOf(phrase);
    if (at === -1 || text.length > phrase.length + MAX_HEADING_EXTRA_CHARS) continue;
    const counter = COUNTER.exec(text.slice(at + phrase.length));
    return { element, counter: counter ? Number(counter[1]) : null };
  }
  return null;
}

function findSectionHeading(doc: Document, rendering: Rendering): SectionHeading | null {
  const headings = Array.from(doc.querySelectorAll(HEADING_SELECTOR))
    .filter((element) => !element.closest(GUIDE_HOST_SELECTOR))
    .map(readHeading)
    .filter((heading): heading is SectionHeading => heading !== null)
    // A heading nested in another matching one (a span inside the h2) is the same heading.
    .filter((heading, _, all) => !all.some((other) => other !== heading && other.element.contains(heading.element)))
    .filter((heading) => rendering.isShown(heading.element));
  return headings.length === 1 ? (headings[0] ?? null) : null;
}

function follows(element: Node, reference: Node): boolean {
  return (reference.compareDocumentPosition(element) & DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Where the next section starts: a heading, or a header styled like ours (the G2 accordion's buttons). */
function nextSectionStart(heading: Element): Element | null {
  const styledLikeOurs = (element: Element) =>
    heading.className !== '' && element.localName === heading.localName && element.className === heading.className;
  return (
    Array.from(heading.ownerDocument.querySelectorAll(HEADING_SELECTOR)).find(
      (element) =>
        (element.matches(SECTION_BOUNDARY) || styledLikeOurs(element)) &&
        follows(element, heading) &&
        !heading.contains(element) &&
        !element.closest(TABLE_SELECTOR) &&
        !element.closest(GUIDE_HOST_SELECTOR),
    ) ?? null
  );
}

/** The shown tables after the MFA heading and before the next section begins. */
function sectionTables(heading: Element, rendering: Rendering): Element[] {
  const next = nextSectionStart(heading);
  return Array.from(heading.ownerDocument.querySelectorAll(TABLE_SELECTOR)).filter(
    (table) =>
      follows(table, heading) &&
      (next === null || follows(next, table)) &&
      !table.parentElement?.closest(TABLE_SELECTOR) &&
      !table.closest(GUIDE_HOST_SELECTOR) &&
      rendering.isShown(table),
  );
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.querySelectorAll(CELL_SELECTOR)).filter((cell) => cell.closest(ROW_SELECTOR) === row);
}

/** A device row: in the body, shown, with more than one cell (an empty or loading state is one merged cell). */
function isDeviceRow(row: Element, rendering: Rendering): boolean {
  if (row.closest('thead') || !rendering.isShown(row)) return false;
  const cells = cellsOf(row);
  if (cells.length < 2) return false;
  const isHeaderRow = cells.every(
    (cell) => cell.localName === 'th' || cell.getAttribute('role') === 'columnheader' || cell.matches('[scope="col"]'),
  );
  return !isHeaderRow && row.querySelector('[role="columnheader"]') === null;
}

function saysEmpty(table: Element, heading: SectionHeading): boolean {
  if (table.querySelector(LOADING_STATE)) return false;
  return heading.counter === 0 || table.querySelector(EMPTY_STATE) !== null;
}

/**
 * How many MFA devices the IAM security credentials page lists, counted from the rows of its
 * "Multi-factor authentication (MFA)" table — never from what the rows say. `null` when the
 * section or its table is not found, the table is still loading, two tables compete, or the
 * heading's own counter disagrees with the rows: a wrong count is worse than none.
 */
export function countMfaDevices(doc: Document): number | null {
  const rendering = new Rendering();
  const heading = findSectionHeading(doc, rendering);
  if (!heading) return null;
  const tables = sectionTables(heading.element, rendering);
  if (tables.length === 0) return null;
  const counted = tables.map((table) => ({
    table,
    rows: Array.from(table.querySelectorAll(ROW_SELECTOR)).filter((row) => isDeviceRow(row, rendering)).length,
  }));
  const withRows = counted.filter(({ rows }) => rows > 0);
  if (withRows.length > 1) return null;
  const [listed] = withRows;
  if (listed) return heading.counter === null || heading.counter === listed.rows ? listed.rows : null;
  return counted.length === 1 && counted[0] && saysEmpty(counted[0].table, heading) ? 0 : null;
}
