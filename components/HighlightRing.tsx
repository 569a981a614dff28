import { autoUpdate, getOverflowAncestors } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'react';

/** Space between the target's edge and the ring, so the ring encloses the target's whole box. */
const RING_GAP_PX = 6;

/** The target's box, or null when it is scrolled out of one of its scroll containers. */
function visibleBox(target: Element): DOMRect | null {
  const rect = target.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  for (const ancestor of getOverflowAncestors(target)) {
    if (!(ancestor instanceof Element)) continue;
    const clip = ancestor.getBoundingClientRect();
    const outside =
      rect.bottom <= clip.top || rect.top >= clip.bottom || rect.right <= clip.left || rect.left >= clip.right;
    if (outside) return null;
  }
  return rect;
}

function isOnScreen(rect: DOMRect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth;
}

/** The target has a box but it is off screen, or clipped away by one of its scroll containers. */
function needsScrolling(target: Element): boolean {
  const rect = target.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  return visibleBox(target) === null || !isOnScreen(rect);
}

/** A space kept between the ring and the top of a bottom sheet. */
const SHEET_MARGIN_PX = 12;

/**
 * The top edge of the guide's panel when it is a bottom sheet (narrow screens: it spans the width
 * of the viewport at its bottom), else null.
 */
function bottomSheetTop(ring: Element): number | null {
  const root = ring.getRootNode() as ParentNode;
  const sheet = root.querySelector?.('.panel, .panel-tab');
  if (!sheet) return null;
  const rect = sheet.getBoundingClientRect();
  // The layout viewport, without the scrollbars that Firefox's classic ones take from `innerWidth`.
  const { clientWidth, clientHeight } = document.documentElement;
  const spansWidth = rect.left <= 1 && rect.right >= clientWidth - 1 && rect.bottom >= clientHeight - 1;
  return spansWidth ? rect.top : null;
}

/** Scrolls the window so that the target sits above the bottom sheet, which must never cover it. */
function keepAboveSheet(target: Element, ring: Element): void {
  const sheetTop = bottomSheetTop(ring);
  if (sheetTop === null) return;
  const box = target.getBoundingClientRect();
  const overlap = box.bottom + RING_GAP_PX + SHEET_MARGIN_PX - sheetTop;
  if (overlap > 0)
    window.scrollBy({ top: Math.min(overlap, box.top - RING_GAP_PX - SHEET_MARGIN_PX), behavior: 'auto' });
}

/** The ring's pulse (on its halo) starts over, to draw the eye to a new target. */
function pulseAgain(ring: Element): void {
  for (const animation of ring.getAnimations?.({ subtree: true }) ?? []) {
    animation.currentTime = 0;
    animation.play();
  }
}

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * A ring drawn in the guide's own layer around the element to click next. It never takes a
 * click (`pointer-events: none`) and follows the target through scrolling, resizing and layout
 * changes (`@floating-ui/dom`'s `autoUpdate`). A target off screen or clipped by a scroll container is scrolled into view once, and on a
 * narrow screen above the panel's bottom sheet.
 */
export function HighlightRing({
  target,
  onPlaced,
}: {
  target: Element | null;
  onPlaced?: (box: DOMRect | null) => void;
}) {
  const ringRef = useRef<HTMLDivElement>(null);
  const scrolledTo = useRef<Element | null>(null);

  // A layout effect: the ring moves before the browser paints the frame that moved its target.
  useLayoutEffect(() => {
    const ring = ringRef.current;
    if (!ring) return;
    if (!target) {
      ring.hidden = true;
      return;
    }
    const place = () => {
      const box = visibleBox(target);
      ring.hidden = box === null;
      onPlaced?.(box);
      if (!box) return;
      ring.style.left = `${box.left - RING_GAP_PX}px`;
      ring.style.top = `${box.top - RING_GAP_PX}px`;
      ring.style.width = `${box.width + 2 * RING_GAP_PX}px`;
      ring.style.height = `${box.height + 2 * RING_GAP_PX}px`;
    };
    // Off screen, or clipped inside a scroll container: bring it into view once (this scrolls
    // every container on the way, not only the window).
    if (scrolledTo.current !== target) {
      pulseAgain(ring);
      const sheet = bottomSheetTop(ring) !== null;
      if (needsScrolling(target)) {
        // Under a bottom sheet the scroll is instant, so the sheet's overlap is measured after it.
        target.scrollIntoView({
          block: 'center',
          inline: 'nearest',
          behavior: sheet || prefersReducedMotion() ? 'auto' : 'smooth',
        });
      }
      if (sheet) keepAboveSheet(target, ring);
    }
    scrolledTo.current = target;
    return autoUpdate(target, ring, place, { layoutShift: true, elementResize: true });
  }, [target, onPlaced]);

  return <div ref={ringRef} className="ring" data-role="highlight" aria-hidden="true" hidden />;
}
