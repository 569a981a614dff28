import { describe, expect, it } from 'vitest';
import { panelSide } from '../../lib/guide/dock';

describe('panelSide', () => {
  it('keeps the chosen side when the highlighted element is elsewhere', () => {
    expect(panelSide('right', { left: 400, right: 600 }, 1280)).toBe('right');
    expect(panelSide('left', { left: 500, right: 700 }, 1280)).toBe('left');
    expect(panelSide('right', null, 1280)).toBe('right');
  });

  it('moves out of the way of the element to click', () => {
    expect(panelSide('right', { left: 1000, right: 1100 }, 1280)).toBe('left');
    expect(panelSide('left', { left: 100, right: 200 }, 1280)).toBe('right');
  });

  it('stays put when the element spans both sides, since moving would not help', () => {
    expect(panelSide('right', { left: 100, right: 1200 }, 1280)).toBe('right');
  });
});
