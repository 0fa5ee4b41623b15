/**
 * Entity highlights through the CSS Custom Highlight API: one named highlight per entity type plus one for the
 * focused mention, registered once and then fed ranges, so the page's DOM and text are never touched and adding a
 * paragraph's mentions costs one `Highlight.add` per mention.
 */
import { ENTITY_TYPES, type EntityType } from '../ner/types';

export const HIGHLIGHT_PREFIX = 'newslens-';
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

export function highlightName(type: EntityType): string {
  return `${HIGHLIGHT_PREFIX}${type.toLowerCase()}`;
}

/** What the highlighter needs of `CSS.highlights` and `Highlight` (tests pass fakes). */
export interface HighlightApi {
  registry: { set(name: string, highlight: Highlight): unknown; delete(name: string): boolean };
  create(): Highlight;
}

/** The marks a page shows for its mentions: the Highlight API where it exists, wrapper elements where it does not. */
export interface MentionMarks {
  add(type: EntityType, range: Range): void;
  remove(type: EntityType, range: Range): void;
  setShownTypes(shown: Readonly<Record<EntityType, boolean>>): void;
  setFocused(range: Range | null): void;
  clear(): void;
}

export class HighlightMarks implements MentionMarks {
  private readonly byType = new Map<EntityType, Highlight>();
  private readonly focus: Highlight;

  constructor(private readonly api: HighlightApi) {
    for (const type of ENTITY_TYPES) {
      const highlight = api.create();
      this.byType.set(type, highlight);
      api.registry.set(highlightName(type), highlight);
    }
    this.focus = api.create();
    // Above the type highlights, so the focused mention stands out whatever its type.
    this.focus.priority = 1;
    api.registry.set(FOCUS_HIGHLIGHT, this.focus);
  }

  add(type: EntityType, range: Range): void {
    this.byType.get(type)?.add(range);
  }

  remove(type: EntityType, range: Range): void {
    this.byType.get(type)?.delete(range);
  }

  setShownTypes(shown: Readonly<Record<EntityType, boolean>>): void {
    for (const [type, highlight] of this.byType) {
      if (shown[type]) this.api.registry.set(highlightName(type), highlight);
      else this.api.registry.delete(highlightName(type));
    }
  }

  setFocused(range: Range | null): void {
    this.focus.clear();
    if (range) this.focus.add(range);
  }

  clear(): void {
    for (const type of ENTITY_TYPES) this.api.registry.delete(highlightName(type));
    this.api.registry.delete(FOCUS_HIGHLIGHT);
  }
}
