import { describe, expect, it } from 'vitest';
import { placeCard, type Rect } from '@/lib/render/card-position';

function rect(left: number, top: number, width: number, height: number): Rect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 200 };

describe('placeCard', () => {
  it('puts the card below the mention, left-aligned with it, when there is room', () => {
    const result = placeCard(rect(100, 100, 80, 20), card, viewport);
    expect(result.placement).toBe('below');
    expect(result.left).toBe(100);
    expect(result.top).toBeGreaterThanOrEqual(120);
    expect(result.top).toBeLessThan(130);
  });

  it('flips above when the card does not fit below but fits above', () => {
    const anchor = rect(100, 700, 80, 20);
    const result = placeCard(anchor, card, viewport);
    expect(result.placement).toBe('above');
    expect(result.top + card.height).toBeLessThanOrEqual(anchor.top);
    expect(result.top).toBeGreaterThan(anchor.top - card.height - 10);
  });

  it('stays below when neither side fits but below has more room, clamped into the viewport', () => {
    const result = placeCard(rect(100, 300, 80, 20), { width: 360, height: 600 }, viewport);
    expect(result.placement).toBe('below');
    expect(result.top + 600).toBeLessThanOrEqual(viewport.height - 8);
  });

  it('shifts left so the card does not cross the right edge', () => {
    const result = placeCard(rect(900, 100, 80, 20), card, viewport);
    expect(result.left).toBe(viewport.width - 8 - card.width);
  });

  it('clamps to the left margin for a mention scrolled partly off the left edge', () => {
    const result = placeCard(rect(-50, 100, 80, 20), card, viewport);
    expect(result.left).toBe(8);
  });

  it('respects a custom margin', () => {
    const result = placeCard(rect(0, 0, 10, 10), card, viewport, 16);
    expect(result.left).toBe(16);
    expect(result.top).toBeGreaterThanOrEqual(16);
  });

  it('pins to the margin when the card is larger than a tiny viewport', () => {
    const result = placeCard(rect(50, 100, 40, 20), card, { width: 200, height: 150 });
    expect(result.left).toBe(8);
    expect(result.top).toBe(8);
  });
});
