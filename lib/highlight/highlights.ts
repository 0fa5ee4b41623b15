/**
 * Registers entity highlights through the CSS Custom Highlight API: one named highlight per entity type, so the page's
 * DOM is never touched and one stylesheet rule per type colours every mention.
 */
import type { EntityType } from '../ner/types';

export const HIGHLIGHT_PREFIX = 'newslens-';

export function highlightName(type: EntityType): string {
  return `${HIGHLIGHT_PREFIX}${type.toLowerCase()}`;
}

/** The subset of `HighlightRegistry` this module uses (also lets tests pass a plain Map). */
export interface HighlightTarget {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
}

export function registerHighlights(
  registry: HighlightTarget,
  rangesByType: ReadonlyMap<EntityType, readonly Range[]>,
  createHighlight: (ranges: readonly Range[]) => Highlight,
): () => void {
  const names: string[] = [];
  for (const [type, ranges] of rangesByType) {
    if (ranges.length === 0) continue;
    const name = highlightName(type);
    registry.set(name, createHighlight(ranges));
    names.push(name);
  }
  return () => {
    for (const name of names) registry.delete(name);
  };
}
