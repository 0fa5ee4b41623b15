/**
 * The reader's own highlights: one named highlight per colour, apart from the entity highlights so both show at once
 * (a highlight over a name keeps both colours, the reader's on top).
 */
import { HIGHLIGHT_COLOURS } from '../annotations/model';
import type { HighlightApi } from './highlighter';

type Colour = (typeof HIGHLIGHT_COLOURS)[number];

export function annotationHighlightName(colour: Colour): string {
  return `newslens-note-${colour}`;
}

export class AnnotationMarks {
  private readonly byColour = new Map<Colour, Highlight>();

  constructor(api: HighlightApi) {
    for (const colour of HIGHLIGHT_COLOURS) {
      const highlight = api.create();
      highlight.priority = 2;
      this.byColour.set(colour, highlight);
      api.registry.set(annotationHighlightName(colour), highlight);
    }
  }

  add(colour: Colour, range: Range): void {
    this.byColour.get(colour)?.add(range);
  }

  clear(): void {
    for (const highlight of this.byColour.values()) highlight.clear();
  }
}
