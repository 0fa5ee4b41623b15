/**
 * The mentions a page shows: their DOM ranges, kept in document order, indexed by text node for hit-testing and by
 * entity for "next mention of this entity". The marks (highlights or wrappers) follow every add and remove.
 */
import type { MentionMarks } from '../render/highlighter';
import type { EntityType } from '../ner/types';
import type { ReportedMention } from '../messaging/protocol';

export interface PageMention {
  range: Range;
  type: EntityType;
  id: string | null;
  text: string;
}

/** One key per entity: its id, or type and text for a name the knowledge base does not know. */
export function entityKey(mention: { id: string | null; type: EntityType; text: string }): string {
  return mention.id ?? `${mention.type}:${mention.text}`;
}

export class PageMentions {
  private readonly all = new Set<PageMention>();
  /** Built on the first hit-test after a change, not as mentions arrive: the first highlights come sooner. */
  private byNode: Map<Node, PageMention[]> | null = null;
  private ordered: PageMention[] | null = null;

  constructor(private readonly marks: MentionMarks) {}

  get size(): number {
    return this.all.size;
  }

  add(mention: PageMention): void {
    this.all.add(mention);
    // Marks first: the wrapper fallback moves the range onto the text it wraps, which is what gets indexed.
    this.marks.add(mention.type, mention.range);
    this.byNode = null;
    this.ordered = null;
  }

  /** Removes the mentions `predicate` picks (e.g. those inside a removed paragraph); returns how many. */
  removeWhere(predicate: (mention: PageMention) => boolean): number {
    let removed = 0;
    for (const mention of this.all) {
      if (!predicate(mention)) continue;
      this.all.delete(mention);
      this.marks.remove(mention.type, mention.range);
      removed++;
    }
    if (removed > 0) {
      this.byNode = null;
      this.ordered = null;
    }
    return removed;
  }

  /** Removes every mention, and lets the marks let go of what they hold for them (a long page's viewport watch). */
  clear(): void {
    this.removeWhere(() => true);
    this.marks.clear();
  }

  /** The mention whose range holds this caret position, if any. */
  at(node: Node, offset: number): PageMention | null {
    for (const mention of this.nodeIndex().get(node) ?? []) {
      const { range } = mention;
      const afterStart = node !== range.startContainer || offset >= range.startOffset;
      const beforeEnd = node !== range.endContainer || offset < range.endOffset;
      if (afterStart && beforeEnd) return mention;
    }
    return null;
  }

  private nodeIndex(): Map<Node, PageMention[]> {
    if (this.byNode) return this.byNode;
    const byNode = new Map<Node, PageMention[]>();
    const index = (node: Node, mention: PageMention): void => {
      const list = byNode.get(node);
      if (list) list.push(mention);
      else byNode.set(node, [mention]);
    };
    for (const mention of this.all) {
      const { startContainer, endContainer } = mention.range;
      index(startContainer, mention);
      if (endContainer !== startContainer) index(endContainer, mention);
    }
    this.byNode = byNode;
    return byNode;
  }

  /** All mentions in document order (sorted lazily: paragraphs arrive out of order on live pages). */
  inOrder(): readonly PageMention[] {
    // 0 is Range.START_TO_START (the constant, so the module does not need a global Range to load).
    this.ordered ??= [...this.all].sort((a, b) => a.range.compareBoundaryPoints(0, b.range));
    return this.ordered;
  }

  /** What the background needs for the badge and the popup: a count per entity (no document order, no sort). */
  report(): ReportedMention[] {
    const byEntity = new Map<string, ReportedMention>();
    for (const mention of this.all) {
      const key = entityKey(mention);
      const seen = byEntity.get(key);
      if (seen) seen.count++;
      else byEntity.set(key, { id: mention.id, type: mention.type, text: mention.text, count: 1 });
    }
    return [...byEntity.values()];
  }
}
