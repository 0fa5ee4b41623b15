/**
 * The fallback where the CSS Custom Highlight API is missing: each mention's text is wrapped in a prefixed custom
 * element, and every wrapper is removed without trace — the text nodes it split are joined back into the original
 * node, so the page ends with the DOM it started with.
 */
import type { EntityType } from '../ner/types';
import type { MentionMarks } from './highlighter';

export const WRAPPER_TAG = 'newslens-mark';

interface Piece {
  wrapper: HTMLElement;
  /** Whether wrapping split the text before and after the piece: removal joins exactly those splits back. */
  splitBefore: boolean;
  splitAfter: boolean;
}

/** The text nodes a range touches, with the part of each inside the range. */
function textParts(range: Range): Array<{ node: Text; start: number; end: number }> {
  const parts: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root.nodeType === 3 ? (root.parentNode ?? root) : root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!range.intersectsNode(text)) continue;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end > start) parts.push({ node: text, start, end });
  }
  return parts;
}

export class WrapperMarks implements MentionMarks {
  private readonly pieces = new Map<Range, Piece[]>();
  private shown: Readonly<Record<EntityType, boolean>> = { PER: true, ORG: true, LOC: true, EVENT: true, MISC: true };
  private focused: Range | null = null;

  add(type: EntityType, range: Range): void {
    const doc = range.startContainer.ownerDocument;
    if (!doc || this.pieces.has(range)) return;
    const pieces: Piece[] = [];
    for (const { node, start, end } of textParts(range)) {
      const splitBefore = start > 0;
      const inside = splitBefore ? node.splitText(start) : node;
      const splitAfter = end - start < inside.length;
      if (splitAfter) inside.splitText(end - start);
      const wrapper = doc.createElement(WRAPPER_TAG);
      wrapper.dataset.type = type.toLowerCase();
      inside.replaceWith(wrapper);
      wrapper.append(inside);
      pieces.push({ wrapper, splitBefore, splitAfter });
    }
    // Point the range at the wrapped text itself: hit-testing then finds it by the text node under the pointer.
    const first = pieces[0]?.wrapper.firstChild;
    const last = pieces.at(-1)?.wrapper.firstChild;
    if (first && last) {
      range.setStart(first, 0);
      range.setEnd(last, last.textContent?.length ?? 0);
    }
    this.pieces.set(range, pieces);
    this.applyVisibility(type, pieces);
  }

  remove(_type: EntityType, range: Range): void {
    for (const { wrapper, splitBefore, splitAfter } of this.pieces.get(range) ?? []) {
      const inside = wrapper.firstChild;
      if (!inside || inside.nodeType !== 3) {
        wrapper.remove();
        continue;
      }
      wrapper.replaceWith(inside);
      let joined = inside as Text;
      const before = joined.previousSibling;
      if (splitBefore && before?.nodeType === 3) {
        (before as Text).appendData(joined.data);
        joined.remove();
        joined = before as Text;
      }
      const after = joined.nextSibling;
      if (splitAfter && after?.nodeType === 3) {
        joined.appendData((after as Text).data);
        after.remove();
      }
    }
    this.pieces.delete(range);
  }

  setShownTypes(shown: Readonly<Record<EntityType, boolean>>): void {
    this.shown = shown;
    for (const pieces of this.pieces.values()) {
      const type = pieces[0]?.wrapper.dataset.type?.toUpperCase() as EntityType | undefined;
      if (type) this.applyVisibility(type, pieces);
    }
  }

  setFocused(range: Range | null): void {
    for (const piece of this.focused ? (this.pieces.get(this.focused) ?? []) : []) piece.wrapper.removeAttribute('data-focused');
    this.focused = range;
    for (const piece of range ? (this.pieces.get(range) ?? []) : []) piece.wrapper.setAttribute('data-focused', '');
  }

  clear(): void {
    for (const range of [...this.pieces.keys()]) this.remove('MISC', range);
  }

  private applyVisibility(type: EntityType, pieces: readonly Piece[]): void {
    for (const { wrapper } of pieces) wrapper.toggleAttribute('data-hidden', !this.shown[type]);
  }
}
