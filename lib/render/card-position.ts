/** A box in viewport coordinates, as returned by getBoundingClientRect(). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  placement: 'below' | 'above';
}

/** Space between the mention and the card, so the card never covers the highlight it explains. */
const GAP = 4;

/** value limited to [min, max]; when the range is empty (box bigger than the viewport) min wins, pinning to the margin. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * Where to put the entity card next to a highlighted mention. Below is preferred because it reads
 * in the text's flow; above is used only when the card does not fit below and there is more room above.
 * The result is then clamped so the whole card stays inside the viewport, `margin` from its edges.
 */
export function placeCard(anchor: Rect, card: Size, viewport: Size, margin = 8): CardPlacement {
  const roomBelow = viewport.height - margin - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - margin;
  const placement = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const preferredTop = placement === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  return {
    // Left-aligned with the mention, like a tooltip; shifted left only as far as the right edge requires.
    left: clamp(anchor.left, margin, viewport.width - margin - card.width),
    top: clamp(preferredTop, margin, viewport.height - margin - card.height),
    placement,
  };
}
