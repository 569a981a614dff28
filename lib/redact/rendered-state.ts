/**
 * What the copy records of how an element was rendered, since the page's stylesheets are not
 * kept: everything the detector's visibility rules read (lib/detector/visibility.ts), written as
 * inline style, so the saved file is judged as the live page was.
 */

const MIN_SIDE_PX = 2;
const OFF_PAGE = 'position:absolute;left:-10000px;top:-10000px';

/** Elements whose content is not kept but whose box is (an image's size makes its button clickable). */
export const SIZED_PLACEHOLDERS = new Set(['img', 'svg', 'canvas', 'video', 'audio', 'iframe', 'math', 'picture']);

export interface RenderedState {
  /** Not rendered at all: written as the `hidden` attribute. */
  hidden: boolean;
  /** The element's own box sits off the page (above or left of it): its children go with it. */
  offPage: boolean;
  style: string;
}

function px(value: number): string {
  return `${Math.round(value * 100) / 100}px`;
}

/**
 * `parent` is the element's parent's computed style, or null at the top. `parentOffPage`: an
 * ancestor was already moved off the page.
 */
export function renderedState(
  element: Element,
  style: CSSStyleDeclaration,
  parent: CSSStyleDeclaration | null,
  parentOffPage: boolean,
): RenderedState {
  const unslotted = element.parentElement?.shadowRoot != null && element.assignedSlot === null;
  if (style.display === 'none' || unslotted) return { hidden: true, offPage: false, style: '' };

  const declarations: string[] = [`display:${style.display}`];
  if (style.visibility !== (parent?.visibility ?? 'visible')) declarations.push(`visibility:${style.visibility}`);
  if (style.opacity !== '1') declarations.push(`opacity:${style.opacity}`);
  if (style.pointerEvents !== (parent?.pointerEvents ?? 'auto')) {
    declarations.push(`pointer-events:${style.pointerEvents}`);
  }
  if (style.contentVisibility && style.contentVisibility !== 'visible') {
    declarations.push(`content-visibility:${style.contentVisibility}`);
  }
  if (style.position !== 'static') declarations.push(`position:${style.position}`);
  if (style.clip && style.clip !== 'auto') declarations.push(`clip:${style.clip}`);
  if (style.clipPath && style.clipPath !== 'none') declarations.push(`clip-path:${style.clipPath}`);
  if (style.overflowX !== 'visible') declarations.push(`overflow-x:${style.overflowX}`);
  if (style.overflowY !== 'visible') declarations.push(`overflow-y:${style.overflowY}`);
  if (style.fontSize === '0px') declarations.push('font-size:0');

  const boxed = style.display !== 'contents';
  const rect = element.getBoundingClientRect();
  const placeholder = SIZED_PLACEHOLDERS.has(element.localName);
  const tiny = rect.width < MIN_SIDE_PX || rect.height < MIN_SIDE_PX;
  // Out of the flow, a box was sized by the page's stylesheet (an inset, a width), which the copy
  // does not keep: Cloudscape's see-through selection radio fills such a label.
  const outOfFlow = style.position === 'absolute' || style.position === 'fixed';
  // A plain inline box takes no width or height; every other box keeps its recorded size.
  if (boxed && (placeholder || outOfFlow || (tiny && style.display !== 'inline'))) {
    declarations.push(`width:${px(rect.width)}`, `height:${px(rect.height)}`, 'min-width:0', 'min-height:0');
    if (tiny) declarations.push('padding:0', 'border:0');
  }

  const view = element.ownerDocument.defaultView;
  const offPage =
    boxed &&
    !tiny &&
    (rect.right + (view?.scrollX ?? 0) <= 0 || rect.bottom + (view?.scrollY ?? 0) <= 0) &&
    !parentOffPage;
  if (offPage) declarations.push(OFF_PAGE);
  return { hidden: false, offPage: offPage || parentOffPage, style: declarations.join(';') };
}
