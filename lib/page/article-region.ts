/**
 * What of an article page is read: its body (`findArticleRoot`) and, where the page sets them above the body instead
 * of inside it, its headline and standfirst. Vietnamese portals commonly do: the `<h1>` and the sapo sit in the
 * column above `<article class="fck_detail">` or the `itemprop="articleBody"` block. The headline names the story's
 * main actors, so without it the names a reader sees first would be neither highlighted nor annotatable.
 *
 * Above the body, outside the story's element, the headline is taken only when it is plainly this story's: the page's
 * title contains it, and it sits within a few levels of the body. A site's name in an `<h1>` logo, a banner or a
 * sidebar is never taken. Inside an <article> that marks its body, the article's own `<h1>` is its headline.
 */
import { isSkipped } from './text-map';

/** How far above the headline and the body their closest common ancestor may be. */
const MAX_LEVELS_APART = 4;
/** Paragraphs between the headline and the body read as its standfirst, at most. */
const MAX_STANDFIRST_BLOCKS = 3;
/** Characters of the headline that the page's title must contain: a logo's few words are not a headline. */
const HEADLINE_PROBE = 40;
const MIN_HEADLINE_CHARS = 12;
/** A standfirst is a sentence or two; a shorter paragraph there is a byline, a date or a share bar. */
const MIN_STANDFIRST_CHARS = 30;

const folded = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * `[headline, ...standfirst, body]` in document order, or `[body]` when the body holds its headline or has none.
 * Where the article marks its body (`itemprop="articleBody"`), only the body and the headline and standfirst above it
 * are read, not the share bar, tags and related links an <article> often holds too.
 */
export function articleRegion(doc: Document, root: Element): Element[] {
  const marked = markedBody(root);
  if (marked) {
    const headline = [...root.getElementsByTagName('h1')].find((element) => precedes(marked)(element) && !insideSkipped(element, root));
    return headline ? [headline, ...standfirst(root, headline, marked), marked] : [marked];
  }
  if (root.getElementsByTagName('h1')[0] !== undefined) return [root];
  const headline = headlineAbove(doc, root);
  if (!headline) return [root];
  return [headline.element, ...standfirst(headline.ancestor, headline.element, root), root];
}

/**
 * A story that arrived in a block of its own (a feed's next item, a router's new page): its <article>, after the
 * headline (h1 or h2) and standfirst the block sets above it unless the article holds its own <h1>. The rest of the
 * block (share bars, tags, a sidebar) is not read.
 */
export function storyInBlock(block: Element, story: Element): Element[] {
  if (story.getElementsByTagName('h1')[0] !== undefined) return [story];
  const headline = [...block.querySelectorAll('h1, h2')].filter((element) => precedes(story)(element) && !insideSkipped(element, block)).at(-1);
  return headline ? [headline, ...standfirst(block, headline, story), story] : [story];
}

/** The one element of the story marked as its body; none when there are several (a live blog marks each post's). */
function markedBody(story: Element): Element | null {
  const bodies = story.querySelectorAll('[itemprop="articleBody"]');
  return bodies.length === 1 ? (bodies[0] ?? null) : null;
}

/** The nearest `<h1>` before the body that the page's titles name, with the ancestor it shares with the body. */
function headlineAbove(doc: Document, body: Element): { element: Element; ancestor: Element } | null {
  const titles = [doc.title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content')].map(folded);
  const candidates = [...doc.getElementsByTagName('h1')].filter(precedes(body)).reverse();
  for (const element of candidates) {
    const text = folded(element.textContent);
    if (text.length < MIN_HEADLINE_CHARS || !titles.some((title) => title.includes(text.slice(0, HEADLINE_PROBE)))) continue;
    const ancestor = closeCommonAncestor(element, body);
    if (ancestor && !insideSkipped(element, ancestor)) return { element, ancestor };
  }
  return null;
}

/** The paragraphs (`p`, or `h2` as many portals mark the sapo) between the headline and the body, bylines left out. */
function standfirst(ancestor: Element, headline: Element, body: Element): Element[] {
  const blocks: Element[] = [];
  for (const block of ancestor.querySelectorAll('p, h2')) {
    if (blocks.length === MAX_STANDFIRST_BLOCKS) break;
    if (!precedes(body)(block) || !follows(headline)(block)) continue;
    if (blocks.some((taken) => taken.contains(block)) || insideSkipped(block, ancestor)) continue;
    if (folded(block.textContent).length >= MIN_STANDFIRST_CHARS) blocks.push(block);
  }
  return blocks;
}

// compareDocumentPosition's bits, as numbers so the module loads without a global Node: 2 preceding, 4 following,
// 8 contains, 16 contained by. An element that holds the other, or is held by it, neither precedes nor follows it.
const precedes = (target: Element) => (element: Element): boolean => (element.compareDocumentPosition(target) & 0b11110) === 4;
const follows = (target: Element) => (element: Element): boolean => (element.compareDocumentPosition(target) & 0b11110) === 2;

function closeCommonAncestor(a: Element, b: Element): Element | null {
  let ancestor: Element | null = a.parentElement;
  for (let level = 1; ancestor && level <= MAX_LEVELS_APART; level++, ancestor = ancestor.parentElement) {
    if (!ancestor.contains(b)) continue;
    let fromB: Element | null = b;
    for (let levelB = 0; fromB && levelB < MAX_LEVELS_APART; levelB++) {
      fromB = fromB.parentElement;
      if (fromB === ancestor) return ancestor;
    }
    return null;
  }
  return null;
}

function insideSkipped(element: Element, ancestor: Element): boolean {
  for (let walker: Element | null = element; walker && walker !== ancestor; walker = walker.parentElement) {
    if (isSkipped(walker)) return true;
  }
  return false;
}
