/**
 * Collects the readable text under an element as one string, remembering which text node each character came from,
 * so that engine offsets can be turned back into DOM ranges. Block boundaries become "\n" (no name crosses them);
 * navigation, forms, scripts, code and editable regions are skipped.
 *
 * The walk is iterative and can pause between nodes (`collectTextSliced`), so a 250k-word article is read in slices
 * instead of one long task.
 */
// By local name, which is lower case for HTML elements (and for SVG's and MathML's roots) and, unlike `tagName`,
// needs no case folding: these checks run once per element of the article.
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'code', 'pre',
  'kbd', 'samp', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'math', 'iframe', 'canvas', 'video', 'audio',
  'newslens-card',
]);

const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'figure',
  'figcaption', 'section', 'article', 'main', 'table', 'tr', 'td', 'th', 'br', 'hr', 'address', 'details', 'summary',
]);

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the collected text. */
  start: number;
  /** The node's length when it was read: checking offsets against it saves a DOM call per name. */
  length: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return element.localName !== 'header' || isPageBanner(element);
  // Most elements of an article carry no attribute at all: one call answers for them.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return (editable !== null && editable !== 'false') || (THREAD_TAGS.has(element.localName) && isCommentThread(element));
}

/** The elements a comment thread is built of: a paragraph or a link with "comment" in its class is not a thread. */
const THREAD_TAGS = new Set(['div', 'section', 'ol', 'ul', 'li', 'article']);
/**
 * "comments", "comment-list", "box_comment", "userComments", and Vietnamese sites' "binh-luan" / "binhluan" (bình
 * luận): a word of its own, so that "commentary" (an opinion column) is not one.
 */
const COMMENT_WORD = /(^|[\s_-]|[a-z](?=C))([Cc]omments?|[Bb]inh-?[Ll]uan)([\s_-]|$|(?=[A-Z]))/;

/**
 * A block of readers' comments, by its id or class: readers' words, not the story's, even where a site puts the
 * thread inside the article or loads it into the story's column. Sites mark their threads so for their own styles.
 * The regular expression runs only on the rare names that hold the word at all: this is asked of every element of
 * the article that has attributes.
 */
export function isCommentThread(element: Element): boolean {
  const names = `${element.id} ${element.getAttribute('class') ?? ''}`;
  return (names.includes('omment') || names.includes('uan')) && COMMENT_WORD.test(names);
}

/**
 * A <header> inside an article, a section or <main> is that part's own header (its headline, standfirst and byline:
 * `article > header > h1` is the usual markup of a story); only the page's banner, the masthead with the site's name
 * and menus, is left out. This is how ARIA tells them apart (a header is a `banner` only outside those elements).
 */
function isPageBanner(header: Element): boolean {
  return header.parentElement?.closest('article, section, main') == null;
}

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/** A pending block boundary after an element, in the walk's stack. */
const BREAK_AFTER = Symbol('break after');
type StackItem = Node | typeof BREAK_AFTER;

class TextMapBuilder {
  private readonly parts: string[] = [];
  readonly segments: TextSegment[] = [];
  private length = 0;
  private pendingBreak = false;
  private readonly stack: StackItem[];

  /** `roots` in document order (an article's headline, standfirst and body); a line break separates them. */
  constructor(roots: readonly Element[]) {
    const stack: StackItem[] = [];
    for (let index = roots.length - 1; index >= 0; index--) {
      if (index < roots.length - 1) stack.push(BREAK_AFTER);
      const root = roots[index];
      for (let child = root?.lastChild; child; child = child.previousSibling) stack.push(child);
    }
    this.stack = stack;
  }

  /** Walks up to `limit` nodes; returns false when the walk is complete. */
  step(limit: number): boolean {
    const stack = this.stack;
    for (let visited = 0; visited < limit; visited++) {
      const item = stack.pop();
      if (item === undefined) return false;
      if (item === BREAK_AFTER) {
        this.breakLine();
        continue;
      }
      if (item.nodeType === 3) {
        this.addText(item as Text);
      } else if (item.nodeType === 1) {
        const element = item as Element;
        if (isSkipped(element)) {
          this.breakLine();
          continue;
        }
        if (isBlock(element)) {
          this.breakLine();
          stack.push(BREAK_AFTER);
        }
        for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
      }
    }
    return stack.length > 0;
  }

  build(): TextMap {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private breakLine(): void {
    if (this.length > 0) this.pendingBreak = true;
  }

  private addText(node: Text): void {
    const data = node.data;
    // Indentation between blocks carries nothing; spaces between inline elements still separate words.
    if (data.length === 0 || ((this.pendingBreak || this.length === 0) && data.trim() === '')) return;
    if (this.pendingBreak) {
      this.parts.push('\n');
      this.length += 1;
      this.pendingBreak = false;
    }
    this.segments.push({ node, start: this.length, length: data.length });
    this.parts.push(data);
    this.length += data.length;
  }
}

/** The parts of a page read as one text: an element, or several in document order (see `articleRegion`). */
export type TextRegion = Element | readonly Element[];

const rootsOf = (region: TextRegion): readonly Element[] => ('nodeType' in region ? [region] : region);

export function collectText(region: TextRegion): TextMap {
  const builder = new TextMapBuilder(rootsOf(region));
  while (builder.step(Number.MAX_SAFE_INTEGER));
  return builder.build();
}

/** The same walk, pausing whenever `overBudget()` says the slice is used up. */
export async function collectTextSliced(
  region: TextRegion,
  overBudget: () => boolean,
  yieldToPage: () => Promise<void>,
): Promise<TextMap> {
  const builder = new TextMapBuilder(rootsOf(region));
  while (builder.step(256)) {
    if (overBudget()) await yieldToPage();
  }
  return builder.build();
}

/** The segment holding `offset` (the last segment starting at or before it). */
function segmentAt(segments: readonly TextSegment[], offset: number): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((segments[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return segments[low];
}

/**
 * A DOM range for [start, end) of the collected text, or null if the offsets fall outside it, or outside the nodes
 * as they are now (a node the page shortened since it was read makes the DOM refuse the offset).
 */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const first = segmentAt(map.segments, start);
  // A name rarely crosses an inline element: when it ends in the node it starts in, one search is enough.
  const last = first && end <= first.start + first.length ? first : segmentAt(map.segments, Math.max(start, end - 1));
  if (!first || !last) return null;
  const startOffset = start - first.start;
  const endOffset = end - last.start;
  if (startOffset < 0 || startOffset > first.length || endOffset < 0 || endOffset > last.length) return null;
  const range = doc.createRange();
  try {
    range.setStart(first.node, startOffset);
    range.setEnd(last.node, endOffset);
  } catch {
    return null;
  }
  return range;
}

const segmentStarts = new WeakMap<TextMap, Map<Node, number>>();

/**
 * The offset in the collected text of a DOM position (a selection's start or end), or null when the position is in
 * no collected text node (inside a skipped element, or outside the article).
 */
export function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  let starts = segmentStarts.get(map);
  if (!starts) {
    starts = new Map(map.segments.map((segment) => [segment.node, segment.start]));
    segmentStarts.set(map, starts);
  }
  if (node.nodeType === 3) {
    const start = starts.get(node);
    return start === undefined ? null : start + offset;
  }
  // An element position: the text node at or after that child, or the end of the one before.
  const child = node.childNodes[offset];
  const doc = node.ownerDocument;
  if (!doc) return null;
  const walker = doc.createTreeWalker(child ?? node, 4);
  for (let text = child ? walker.currentNode : walker.nextNode(); text; text = walker.nextNode()) {
    const start = starts.get(text);
    if (start !== undefined) return start;
  }
  return null;
}
