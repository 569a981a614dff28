import { isGuideHost } from '../guide-host';
import { type AttributeRedactors, keptAttributes } from './attributes';
import { safeTagName, startTag, VOID_ELEMENTS } from './html';
import { IdentifierRedactor } from './identifiers';
import { labelledIdentities } from './page-identity';
import { renderedState, SIZED_PLACEHOLDERS } from './rendered-state';
import { emptyRemoved, type Removed } from './tally';
import { TextRedactor } from './text';
import { redactUrl, urlSecrets } from './url';

/** A private copy of a page's structure, for a bug report: see {@link redactPage}. */
export interface RedactedCopy {
  html: string;
  fileName: string;
  /** The page's URL as the copy records it (no account, no query values). */
  pageUrl: string;
  removed: Removed;
  /** The copy's shown text, one line per block, as the preview lists it. */
  outline: string[];
  /** Elements kept. */
  elements: number;
}

export const COPY_TITLE = 'Private copy of an AWS page';
/** `<meta name>` that records the page's redacted URL in the copy (read back by `npm run fixture:from-copy`). */
export const COPY_URL_META = 'aws-mfa-recovery-guide-copy-of';

/** Never written: code, styles, metadata and whatever a browser fetches or runs. */
const DROPPED: Record<string, keyof Removed> = {
  script: 'scripts',
  style: 'scripts',
  noscript: 'scripts',
  template: 'scripts',
  link: 'scripts',
  meta: 'scripts',
  base: 'scripts',
  title: 'scripts',
  object: 'embedded',
  embed: 'embedded',
  param: 'embedded',
  frame: 'embedded',
  frameset: 'embedded',
  source: 'images',
  track: 'images',
};
/** Written without their content. */
const EMPTIED: Record<string, keyof Removed> = {
  svg: 'images',
  math: 'images',
  canvas: 'images',
  video: 'images',
  audio: 'images',
  iframe: 'embedded',
  textarea: 'fieldValues',
};
/** Deeper than any real page; a hostile page's nesting is cut here rather than overflow the stack. */
const MAX_DEPTH = 400;
const SPLIT_NUMBER_LEVELS = 3;

interface Walk {
  parts: string[];
  redactors: AttributeRedactors;
  view: Window | null;
  outline: Map<Element, string[]>;
  elements: number;
}

interface Context {
  parentStyle: CSSStyleDeclaration | null;
  offPage: boolean;
  /** Inside an element that is not rendered: no style is read, no text goes to the outline. */
  hidden: boolean;
  /** The nearest rendered ancestor that is a block: its text makes one line of the outline. */
  block: Element | null;
  depth: number;
}

/** One digit of a number the page split over several elements, one digit each. */
function isSplitDigit(text: Text): boolean {
  if (!/^\s*\d\s*$/.test(text.data)) return false;
  let element = text.parentElement;
  for (let level = 0; element && level < SPLIT_NUMBER_LEVELS; level++, element = element.parentElement) {
    const digits = (element.textContent ?? '').replace(/[\s-]/g, '');
    if (digits.length >= 2 && /^\d+$/.test(digits)) return true;
  }
  return false;
}

function writeText(walk: Walk, node: Text, context: Context): void {
  const text = walk.redactors.text;
  const redacted = isSplitDigit(node) ? text.redactSplitDigits(node.data) : text.redact(node.data);
  walk.parts.push(redacted.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  if (!context.hidden && context.block) {
    const line = walk.outline.get(context.block) ?? [];
    line.push(redacted);
    walk.outline.set(context.block, line);
  }
}

function writeChildren(walk: Walk, parent: Node, context: Context): void {
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) writeText(walk, child as Text, context);
    else if (child.nodeType === Node.ELEMENT_NODE) writeElement(walk, child as Element, context);
    else if (child.nodeType === Node.COMMENT_NODE) walk.redactors.removed.comments++;
  }
}

function writeElement(walk: Walk, element: Element, context: Context): void {
  const name = element.localName;
  const { removed } = walk.redactors;
  if (name === 'head' || isGuideHost(element)) return;
  const dropped = DROPPED[name];
  if (dropped) {
    removed[dropped]++;
    return;
  }
  if (context.depth >= MAX_DEPTH) return;
  // Open shadow roots are left out whole: the detector does not look inside them either, and a
  // component's insides are no part of the page's own structure.
  if (element.shadowRoot) removed.embedded++;

  const attributes = keptAttributes(element, walk.redactors);
  let style: CSSStyleDeclaration | null = null;
  let hidden = context.hidden;
  let offPage = context.offPage;
  if (!hidden && walk.view) {
    style = walk.view.getComputedStyle(element);
    const state = renderedState(element, style, context.parentStyle, context.offPage);
    hidden = state.hidden;
    offPage = state.offPage;
    if (state.hidden && !attributes.some(([attribute]) => attribute === 'hidden')) attributes.push(['hidden', true]);
    if (state.style) attributes.push(['style', state.style]);
  }
  const tag = safeTagName(
    element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? name : EMPTIED[name] ? name : 'span',
  );
  walk.elements++;
  walk.parts.push(startTag(tag, attributes));
  if (VOID_ELEMENTS.has(tag)) {
    if (SIZED_PLACEHOLDERS.has(tag)) removed.images++;
    return;
  }
  const emptied = EMPTIED[name];
  if (emptied) removed[emptied]++;
  else {
    const isBlock = style !== null && !style.display.startsWith('inline') && style.display !== 'contents';
    writeChildren(walk, element, {
      parentStyle: style,
      offPage,
      hidden,
      block: isBlock ? element : context.block,
      depth: context.depth + 1,
    });
  }
  walk.parts.push(`</${tag}>`);
}

function fileNameFor(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `aws-page-copy-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.html`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A self-contained HTML file of the page's structure, for a bug report: headings, texts, the
 * labels of controls, roles, ids, classes, test ids, and what was shown, hidden or disabled stay,
 * so `npm run detect` judges the file as the live page; field values, addresses, numbers, tokens,
 * link targets, scripts, images, comments, shadow content and the guide itself do not.
 * Reads the page once, changes nothing.
 */
export function redactPage(doc: Document, pageUrl: string, now: Date = new Date()): RedactedCopy {
  const removed = emptyRemoved();
  let secrets: string[] = [];
  try {
    secrets = urlSecrets(new URL(pageUrl));
  } catch {
    // A malformed URL names no account.
  }
  if (doc.body) secrets.push(...labelledIdentities(doc.body));
  const text = new TextRedactor(removed, secrets);
  const walk: Walk = {
    parts: [],
    redactors: { text, identifiers: new IdentifierRedactor(removed), removed, pageUrl },
    view: doc.defaultView,
    outline: new Map(),
    elements: 0,
  };
  const root = doc.documentElement;
  const rootAttributes = root ? keptAttributes(root, walk.redactors).filter(([name]) => name !== 'style') : [];
  const copiedUrl = redactUrl(pageUrl);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="robots" content="noindex">',
    startTag('meta', [
      ['name', COPY_URL_META],
      ['content', copiedUrl],
    ]),
    `<title>${COPY_TITLE}</title>`,
  ];
  const context: Context = {
    parentStyle: root && walk.view ? walk.view.getComputedStyle(root) : null,
    offPage: false,
    hidden: false,
    block: null,
    depth: 0,
  };
  const body = doc.body;
  if (body) {
    writeElement(walk, body, context);
    // Elements a page puts after <body> parse back into it.
    const after = walk.parts.pop() ?? '';
    for (let sibling = body.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      writeElement(walk, sibling, { ...context, parentStyle: null, depth: 1 });
    }
    walk.parts.push(after);
  } else {
    walk.parts.push('<body>');
    if (root) writeChildren(walk, root, context);
    walk.parts.push('</body>');
  }
  const html = `<!DOCTYPE html>\n${startTag('html', rootAttributes)}\n<head>\n${head.join('\n')}\n</head>\n${walk.parts.join('')}\n</html>\n`;
  const outline = [...walk.outline.values()].map((pieces) => collapse(pieces.join(''))).filter(Boolean);
  return { html, fileName: fileNameFor(now), pageUrl: copiedUrl, removed, outline, elements: walk.elements };
}
