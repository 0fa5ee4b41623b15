/**
 * Entity highlights through the CSS Custom Highlight API: one named highlight per entity type plus one for the
 * focused mention, registered once and then fed ranges, so the page's DOM and text are never touched and adding a
 * paragraph's mentions costs one `Highlight.add` per mention.
 */
import type { EntityType } from '../ner/types';
import { NearViewportRanges, type WindowDeps } from './near-viewport';

export const HIGHLIGHT_PREFIX = 'newslens-';
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

export function highlightName(type: EntityType): string {
  return `${HIGHLIGHT_PREFIX}${type.toLowerCase()}`;
}

/** What the highlighter needs of `CSS.highlights` and `Highlight` (tests pass fakes). */
export interface HighlightApi {
  registry: { set(name: string, highlight: Highlight): unknown; delete(name: string): boolean };
  create(): Highlight;
  /** Where there is an IntersectionObserver: lets a long page keep only its ranges near the viewport registered. */
  nearViewport?: WindowDeps;
}

/** Mentions registered outright; past this many, only those near the viewport are (see near-viewport.ts). */
export const WINDOW_AFTER = 1000;

/** The marks a page shows for its mentions: the Highlight API where it exists, wrapper elements where it does not. */
export interface MentionMarks {
  add(type: EntityType, range: Range): void;
  remove(type: EntityType, range: Range): void;
  setShownTypes(shown: Readonly<Record<EntityType, boolean>>): void;
  setFocused(range: Range | null): void;
  clear(): void;
}

/**
 * Highlights are created and registered on first use, per type: a page without events never registers an event
 * highlight, and the first registration (which wakes the browser's highlight machinery) happens when there is
 * something to show, not at start-up.
 */
export class HighlightMarks implements MentionMarks {
  private readonly byType = new Map<EntityType, Highlight>();
  private focus: Highlight | null = null;
  private count = 0;
  private window: NearViewportRanges | null = null;
  private shown: Readonly<Record<EntityType, boolean>> = { PER: true, ORG: true, LOC: true, EVENT: true, MISC: true };

  constructor(private readonly api: HighlightApi) {}

  private highlightFor(type: EntityType): Highlight {
    let highlight = this.byType.get(type);
    if (!highlight) {
      highlight = this.api.create();
      this.byType.set(type, highlight);
      if (this.shown[type]) this.api.registry.set(highlightName(type), highlight);
    }
    return highlight;
  }

  add(type: EntityType, range: Range): void {
    const highlight = this.highlightFor(type);
    this.count++;
    if (this.window) {
      this.window.add(highlight, range);
      return;
    }
    highlight.add(range);
    const deps = this.api.nearViewport;
    if (this.count > WINDOW_AFTER && deps) this.window = new NearViewportRanges(deps.watch, deps.later, [...this.byType.values()]);
  }

  remove(type: EntityType, range: Range): void {
    const deleted = this.byType.get(type)?.delete(range) ?? false;
    // Once the window is open the count no longer matters: it only decides when to open it.
    if (this.window) this.window.remove(range);
    else if (deleted) this.count--;
  }

  setShownTypes(shown: Readonly<Record<EntityType, boolean>>): void {
    this.shown = shown;
    for (const [type, highlight] of this.byType) {
      if (shown[type]) this.api.registry.set(highlightName(type), highlight);
      else this.api.registry.delete(highlightName(type));
    }
  }

  setFocused(range: Range | null): void {
    if (!this.focus) {
      if (!range) return;
      this.focus = this.api.create();
      // Above the type highlights, so the focused mention stands out whatever its type.
      this.focus.priority = 1;
      this.api.registry.set(FOCUS_HIGHLIGHT, this.focus);
    }
    this.focus.clear();
    if (range) this.focus.add(range);
  }

  /**
   * Unregisters only the names this copy registered: every scan starts with a clear, and on a fresh page the first
   * touch of `CSS.highlights` would cost a fifth of a millisecond for nothing.
   */
  clear(): void {
    for (const type of this.byType.keys()) this.api.registry.delete(highlightName(type));
    if (this.focus) this.api.registry.delete(FOCUS_HIGHLIGHT);
    this.window?.disconnect();
    this.window = null;
    this.count = 0;
    this.byType.clear();
    this.focus = null;
  }
}
