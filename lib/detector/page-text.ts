import { compact } from './text';

/** A text node's share of the page's text, and the element whose visibility decides it. */
interface Segment {
  start: number;
  end: number;
  parent: Element;
}

const SKIPPED_TEXT_PARENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'textarea',
  'select',
  'option',
]);
/** Enough of a text node for any phrase; the rest of a huge one is not interface text. */
const MAX_TEXT_NODE_CHARS = 2_000;

/**
 * The page's text, {@link compact}ed, that a person can see. All text is read once (cheap);
 * whether a phrase is visible is decided only for the text nodes it spans, so a page of ten
 * thousand links costs no ten thousand style look-ups.
 */
export class PageText {
  private readonly raw: string;
  private readonly segments: Segment[] = [];
  private readonly found = new Map<string, boolean>();

  constructor(
    root: Element | null,
    private readonly isShown: (parent: Element) => boolean,
  ) {
    const parts: string[] = [];
    let length = 0;
    const walker = root?.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
      const parent = node.parentElement;
      if (!parent || SKIPPED_TEXT_PARENTS.has(parent.localName)) continue;
      const data = node.nodeValue ?? '';
      const text = compact(data.length > MAX_TEXT_NODE_CHARS ? data.slice(0, MAX_TEXT_NODE_CHARS) : data);
      if (text === '') continue;
      this.segments.push({ start: length, end: length + text.length, parent });
      parts.push(text);
      length += text.length;
    }
    this.raw = parts.join('');
  }

  /** The compacted phrase appears in text that is shown, every node it spans shown. */
  includes(key: string): boolean {
    let known = this.found.get(key);
    if (known === undefined) {
      known = false;
      for (let at = this.raw.indexOf(key); at !== -1 && !known; at = this.raw.indexOf(key, at + 1)) {
        known = this.spanIsShown(at, at + key.length);
      }
      this.found.set(key, known);
    }
    return known;
  }

  /** Every shown text node's parent and text, for the few that pass `keep` (cheap, on raw text). */
  shownSegments(keep: (text: string) => boolean, limit: number): { parent: Element; text: string }[] {
    const kept: { parent: Element; text: string }[] = [];
    for (const segment of this.segments) {
      if (kept.length >= limit) break;
      const text = this.raw.slice(segment.start, segment.end);
      if (keep(text) && this.isShown(segment.parent)) kept.push({ parent: segment.parent, text });
    }
    return kept;
  }

  /**
   * The parents of the text nodes where any of `keys` starts (hidden ones too: visibility is
   * decided later, for the few controls found); `null` past `limit` places.
   */
  parentsOfOccurrences(keys: readonly string[], limit: number): Set<Element> | null {
    const parents = new Set<Element>();
    let places = 0;
    for (const key of keys) {
      if (key === '') continue;
      for (let at = this.raw.indexOf(key); at !== -1; at = this.raw.indexOf(key, at + 1)) {
        if (++places > limit) return null;
        parents.add((this.segments[this.segmentAt(at)] as Segment).parent);
      }
    }
    return parents;
  }

  /** More than `limit` characters of shown text (stops counting there). */
  hasShownTextBeyond(limit: number): boolean {
    let length = 0;
    for (const segment of this.segments) {
      if (!this.isShown(segment.parent)) continue;
      length += segment.end - segment.start;
      if (length > limit) return true;
    }
    return false;
  }

  private spanIsShown(start: number, end: number): boolean {
    for (let index = this.segmentAt(start); index < this.segments.length; index++) {
      const segment = this.segments[index] as Segment;
      if (segment.start >= end) break;
      if (!this.isShown(segment.parent)) return false;
    }
    return true;
  }

  /** Index of the segment containing `position` (binary search). */
  private segmentAt(position: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.segments[middle] as Segment).start <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
