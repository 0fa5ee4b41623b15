/**
 * Endless feeds: many news sites append the next story below the one being read as the reader nears its end, often
 * without loading a page and sometimes without changing the address. The story read is then one of a column of
 * stories, and the next ones arrive as new children of the column, or of a wrapper around each story.
 *
 * `feedContainers` names the elements whose children are watched for such arrivals (childList only, so a busy page
 * costs one cheap record per insertion, not one per change inside it), and `storiesArrived` tells a new story from
 * the other things pages insert there: teaser rows, comment threads, advertising, banners.
 */
import { holdsStory } from './article-root';
import { storyInBlock } from './article-region';
import { isCommentThread } from './text-map';

/** Levels above the story's own element where a feed's column may be. */
const CONTAINER_LEVELS = 2;
/**
 * Class or id words of blocks that are not the next story, whatever their length: related and recommended rows,
 * sponsored and promotional units, third-party comment and recommendation widgets. Comment threads are told as the
 * text walk tells them (`isCommentThread`), so that an opinion column ("commentary") is still a story.
 */
const NOT_A_STORY = /disqus|related|recommend|sponsor|promo|advert|outbrain|taboola/i;

/** The nearest element holding every part of the region (the part itself when there is one). */
function storyUnit(region: readonly Element[]): Element | null {
  const [first, ...rest] = region;
  let unit: Element | null = first ?? null;
  while (unit && !rest.every((part) => unit?.contains(part))) unit = unit.parentElement;
  return unit;
}

/**
 * Where the next story of a feed would be inserted: the story's column and the level above it (a site that wraps
 * each story in its own block), and the block holding the parts when the region is in several (a headline above the
 * body). The document's root element is never one: a page inserts all kinds of things there.
 */
export function feedContainers(region: readonly Element[]): Element[] {
  const unit = storyUnit(region);
  if (!unit) return [];
  const containers: Element[] = region.includes(unit) ? [] : [unit];
  let above = unit.parentElement;
  for (let level = 0; level < CONTAINER_LEVELS && above && above !== above.ownerDocument.documentElement; level++) {
    containers.push(above);
    above = above.parentElement;
  }
  return containers;
}

const markedAsOther = (element: Element): boolean =>
  isCommentThread(element) || NOT_A_STORY.test(`${element.id} ${element.getAttribute('class') ?? ''}`);

function markedBetween(element: Element, outer: Element): boolean {
  for (let walker: Element | null = element; walker; walker = walker.parentElement) {
    if (markedAsOther(walker)) return true;
    if (walker === outer) return false;
  }
  return false;
}

interface StoryKind {
  localName: string;
  className: string;
}

/**
 * The kinds of element (tag and classes) holding the stories read so far, where they are not <article>s (a body marked
 * articleBody, a site's own story block): a feed repeats its template, so the next story comes in the same kind.
 */
function storyKinds(region: readonly Element[]): StoryKind[] {
  const kinds: StoryKind[] = [];
  for (const part of region) {
    const className = part.getAttribute('class')?.trim();
    if (!className || part.localName === 'article' || kinds.some((kind) => kind.localName === part.localName && kind.className === className)) continue;
    if (holdsStory(part)) kinds.push({ localName: part.localName, className });
  }
  return kinds;
}

/** The <article>s in (or at) `inserted`, then the elements of the region's own kinds, outermost first. */
function candidateStories(inserted: Element, region: readonly Element[]): Element[] {
  const candidates = inserted.localName === 'article' ? [inserted] : [...inserted.getElementsByTagName('article')];
  for (const kind of storyKinds(region)) {
    const sameKind = (element: Element): boolean => element.localName === kind.localName && element.getAttribute('class')?.trim() === kind.className;
    const token = kind.className.split(/\s+/)[0] ?? '';
    if (sameKind(inserted)) candidates.push(inserted);
    else for (const element of inserted.getElementsByClassName(token)) if (sameKind(element)) candidates.push(element);
  }
  return candidates;
}

/**
 * The stories in a node inserted into a feed container, each as the region to read: with the headline and standfirst
 * the inserted block sets above its story when it holds one, each story alone when it holds several. A story is an
 * <article>, or an element of the same kind as the stories read (see `storyKinds`), with a story's worth of
 * paragraphs and a headline (h1 or h2), outside asides, navigation, footers, dialogs (a pop-up is not the next story)
 * and blocks marked as comments, related or sponsored content.
 * Nodes already inside the region are the region's own changes, not new stories. When the page has taken the whole
 * region away (a router swapping one story for the next), an arriving <article> is the new story however short, as a
 * page's only <article> is.
 */
export function storiesArrived(node: Node, region: readonly Element[], replacesRegion = false): Element[][] {
  if (node.nodeType !== 1) return [];
  const inserted = node as Element;
  if (region.some((part) => part.contains(inserted) || inserted.contains(part))) return [];
  const stories: Element[] = [];
  for (const article of candidateStories(inserted, region)) {
    if (stories.some((other) => other.contains(article) || article.contains(other))) continue;
    if (markedBetween(article, inserted) || article.closest('aside, nav, footer, dialog, [role="dialog"], [aria-modal="true"]')) continue;
    if (replacesRegion || holdsStory(article)) stories.push(article);
  }
  const [only] = stories;
  const regions = stories.length === 1 && only && only !== inserted ? [storyInBlock(inserted, only)] : stories.map((story) => [story]);
  return regions.filter((region) => region.some((part) => part.matches('h1, h2') || part.querySelector('h1, h2') !== null));
}
