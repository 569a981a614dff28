import { isGuideHost } from '../guide-host';

const MIN_TARGET_SIDE_PX = 2;

function clipsOverflow(style: CSSStyleDeclaration): boolean {
  return [style.overflowX, style.overflowY].some((o) => o !== 'visible');
}

/** `clip: rect(0 0 0 0)` on a positioned element, or a `clip-path: inset()` of half or more. */
function clippedAway(style: CSSStyleDeclaration): boolean {
  const clip = /^rect\(\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px\s*\)$/.exec(style.clip);
  if (clip && style.position !== 'static' && style.position !== 'relative') {
    const [top, right, bottom, left] = clip.slice(1).map(Number) as [number, number, number, number];
    if (right - left < MIN_TARGET_SIDE_PX || bottom - top < MIN_TARGET_SIDE_PX) return true;
  }
  const inset = /^inset\(\s*(\d+(?:\.\d+)?)%/.exec(style.clipPath);
  return inset !== null && Number(inset[1]) >= 50;
}

function isZeroArea(rect: DOMRect): boolean {
  return rect.width < MIN_TARGET_SIDE_PX || rect.height < MIN_TARGET_SIDE_PX;
}

/**
 * Answers "would a person see this?" the way the browser renders it, memoised for one detection
 * pass (styles do not change in the middle of one synchronous pass).
 */
export class Visibility {
  private readonly ancestry = new Map<Element, boolean>();

  /** An element is shown: no CSS, attribute or zero-size clipping ancestor hides it. */
  isShown(element: Element): boolean {
    if (typeof element.checkVisibility === 'function') {
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    }
    return this.chainIsShown(element);
  }

  /** Shown and big enough to be seen and clicked: a 1 px "screen-reader only" copy is not a target. */
  isShownWithArea(element: Element): boolean {
    if (!this.isShown(element)) return false;
    const rect = element.getBoundingClientRect();
    if (isZeroArea(rect)) return false;
    const view = element.ownerDocument.defaultView;
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    // Moved off the page (`left: -9999px`): scrolling can never bring it into view.
    return rect.right + scrollX > 0 && rect.bottom + scrollY > 0;
  }

  private chainIsShown(element: Element): boolean {
    const known = this.ancestry.get(element);
    if (known !== undefined) return known;
    const parent = element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
    const shown = this.ownAttributesAllow(element) && (parent === null || this.chainIsShown(parent));
    this.ancestry.set(element, shown);
    return shown;
  }

  private ownAttributesAllow(element: Element): boolean {
    if (isGuideHost(element)) return false;
    const hidden = element.getAttribute('hidden');
    if (hidden !== null && hidden !== 'until-found') return false;
    if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('inert')) return false;
    const view = element.ownerDocument.defaultView;
    if (!view) return true;
    const style = view.getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    if (style.opacity === '0') return false;
    if (clippedAway(style)) return false;
    if (style.display !== 'contents' && clipsOverflow(style) && isZeroArea(element.getBoundingClientRect())) {
      return false;
    }
    return true;
  }
}

/** Disabled as far as a person can tell: the property, `aria-disabled`, or not clickable at all. */
export function isDisabled(element: Element): boolean {
  if (element.matches(':disabled')) return true;
  if (element.closest('[aria-disabled="true"]')) return true;
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element).pointerEvents === 'none' : false;
}
