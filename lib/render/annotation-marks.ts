/**
 * The reader's own highlights: one named highlight per colour, apart from the entity highlights so both show at once
 * (a highlight over a name keeps both colours, the reader's on top).
 */
import type { HIGHLIGHT_COLOURS } from '../annotations/model';
import type { HighlightApi } from './highlighter';

type Colour = (typeof HIGHLIGHT_COLOURS)[number];

export function annotationHighlightName(colour: Colour): string {
  return `newslens-note-${colour}`;
}

export class AnnotationMarks {
  private readonly byColour = new Map<Colour, Highlight>();

  constructor(private readonly api: HighlightApi) {}

  /** Created on first use: most pages have no annotations, and need no highlight for them. */
  add(colour: Colour, range: Range): void {
    let highlight = this.byColour.get(colour);
    if (!highlight) {
      highlight = this.api.create();
      highlight.priority = 2;
      this.byColour.set(colour, highlight);
      this.api.registry.set(annotationHighlightName(colour), highlight);
    }
    highlight.add(range);
  }

  remove(colour: Colour, range: Range): void {
    this.byColour.get(colour)?.delete(range);
  }
}
