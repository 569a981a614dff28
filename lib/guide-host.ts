/**
 * The guide's host element carries this attribute. The host is a plain `<div>`: a page can
 * define a custom element under any name before the guide runs, but it cannot redefine `div`.
 * The attribute is also how the detector leaves the guide's own controls out of the page it reads.
 */
export const GUIDE_HOST_ATTRIBUTE = 'data-aws-mfa-recovery-guide';
export const GUIDE_HOST_SELECTOR = `[${GUIDE_HOST_ATTRIBUTE}]`;

export function isGuideHost(element: Element): boolean {
  return element.hasAttribute(GUIDE_HOST_ATTRIBUTE);
}
