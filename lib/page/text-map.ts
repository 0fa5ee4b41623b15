/**
 * Collects the readable text under an element as one string, remembering which text node each character came from,
 * so that engine offsets can be turned back into DOM ranges. Block boundaries become "\n" (no name crosses them);
 * navigation, forms, scripts, code and editable regions are skipped.
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'KBD', 'SAMP', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'SVG', 'MATH', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO',
]);

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'FIGURE',
  'FIGCAPTION', 'SECTION', 'ARTICLE', 'MAIN', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the collected text. */
  start: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function collectText(root: Element): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;

  const breakLine = (): void => {
    if (length > 0) pendingBreak = true;
  };

  const visit = (element: Element): void => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        // Indentation between blocks carries nothing; spaces between inline elements still separate words.
        if (data.length === 0 || ((pendingBreak || length === 0) && /^\s*$/.test(data))) continue;
        if (pendingBreak) {
          parts.push('\n');
          length += 1;
          pendingBreak = false;
        }
        segments.push({ node: child as Text, start: length });
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === 1) {
        const childElement = child as Element;
        if (isSkipped(childElement)) {
          breakLine();
          continue;
        }
        const block = BLOCK_TAGS.has(childElement.tagName.toUpperCase());
        if (block) breakLine();
        visit(childElement);
        if (block) breakLine();
      }
    }
  };
  visit(root);
  return { text: parts.join(''), segments };
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

/** A DOM range for [start, end) of the collected text, or null if the offsets fall outside it. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const first = segmentAt(map.segments, start);
  const last = segmentAt(map.segments, Math.max(start, end - 1));
  if (!first || !last) return null;
  const startOffset = start - first.start;
  const endOffset = end - last.start;
  if (startOffset < 0 || startOffset > first.node.length || endOffset < 0 || endOffset > last.node.length) return null;
  const range = doc.createRange();
  range.setStart(first.node, startOffset);
  range.setEnd(last.node, endOffset);
  return range;
}
