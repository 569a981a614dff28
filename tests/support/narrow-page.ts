/**
 * A recovery page on a phone-sized screen, as both browsers' narrow-screen tests open it: its
 * button sits low on the page, where the panel's bottom sheet would cover it unless the guide
 * scrolls it above the sheet.
 */
export const PHONE_VIEWPORT = { width: 390, height: 800 };
export const NARROW_URL = 'https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail';
export const NARROW_PAGE = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"></head>
  <body style="margin:0;font-family:sans-serif">
  <h1>Sign in using alternative factors of authentication</h1>
  <h2>Step 1: Email address verification</h2>
  <p style="height:560px">We will send a verification email to g*****m@example.com.</p>
  <button id="send" style="margin-left:120px">Send verification email</button>
  <div style="height:1200px"></div></body></html>`;

export interface SheetGeometry {
  viewport: { width: number; height: number };
  sheet: { left: number; right: number; top: number; bottom: number } | null;
  target: { top: number; bottom: number } | null;
  ring: { top: number; bottom: number; hidden: boolean } | null;
}

/** Run in the page: where the sheet, the target and the ring are (the guide's shadow root is open). */
export function readSheetGeometry(hostSelector: string): SheetGeometry {
  const root = document.querySelector(hostSelector)?.shadowRoot;
  const box = (element: Element | null | undefined) => {
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
  };
  const ring = root?.querySelector<HTMLElement>('[data-role="highlight"]');
  const ringBox = box(ring);
  return {
    // The layout viewport: Firefox's classic scrollbars take their width from `innerWidth`.
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    sheet: box(root?.querySelector('.panel, .panel-tab')),
    target: box(document.getElementById('send')),
    ring: ringBox && ring ? { top: ringBox.top, bottom: ringBox.bottom, hidden: ring.hidden } : null,
  };
}

/** The sheet spans the screen's width at its bottom, and the ringed target sits wholly above it. */
export function sheetLeavesTargetClear(geometry: SheetGeometry): boolean {
  const { viewport, sheet, target, ring } = geometry;
  if (!sheet || !target || !ring || ring.hidden) return false;
  const spans = sheet.left <= 1 && sheet.right >= viewport.width - 1 && sheet.bottom >= viewport.height - 1;
  return spans && ring.top <= target.top && ring.bottom >= target.bottom && ring.bottom <= sheet.top && target.top >= 0;
}
