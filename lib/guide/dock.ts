import type { Dock } from './preferences';

/** Horizontal room the docked panel takes at its edge: 360 px wide, 12 px from the edge, 12 px to spare. */
export const PANEL_BAND_PX = 384;

/**
 * Where the panel goes: the side the person chose, unless the highlighted element lies under it
 * there and the other side is free — the panel must never cover what it asks you to click.
 */
export function panelSide(preferred: Dock, box: { left: number; right: number } | null, viewportWidth: number): Dock {
  if (!box) return preferred;
  const covers = (side: Dock) =>
    side === 'right' ? box.right > viewportWidth - PANEL_BAND_PX : box.left < PANEL_BAND_PX;
  const other: Dock = preferred === 'right' ? 'left' : 'right';
  return covers(preferred) && !covers(other) ? other : preferred;
}
