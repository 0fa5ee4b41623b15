/**
 * Is this page an article, and where is its text? A page counts as an article when it says so (JSON-LD Article /
 * NewsArticle / ReportageNewsArticle …, or og:type article) or has an <article> element that holds its story: the
 * page's only one, or one of several holding a story's worth of paragraphs (a home or section page whose <article>
 * elements are teaser cards is not an article). The text is taken from that <article> (the largest of several, or the
 * block holding a live blog's posts), else the element marked articleBody, else the element holding the JSON-LD
 * `articleBody`'s paragraphs, else <main>. Pages with none of these (a news site without markup) fall back on text
 * density. Readers' comment threads are never the story, whatever their markup.
 */
import { isCommentThread } from './text-map';

const ARTICLE_TYPES = /(^|[^a-z])(newsarticle|article|reportagenewsarticle|analysisnewsarticle|blogposting|liveblogposting|opinionnewsarticle|reportage)$/i;

interface Declarations {
  types: string[];
  /** `articleBody` texts of the page's JSON-LD. */
  bodies: string[];
}

function declarations(doc: Document): Declarations {
  const found: Declarations = { types: [], bodies: [] };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? '') as unknown, found, 0);
    } catch {
      // A page's broken JSON-LD is its own problem; it just does not count as a declaration.
    }
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType) found.types.push(ogType);
  return found;
}

function collect(value: unknown, into: Declarations, depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type === 'string') into.types.push(type);
  if (Array.isArray(type)) for (const item of type) if (typeof item === 'string') into.types.push(item);
  if (typeof record.articleBody === 'string') into.bodies.push(record.articleBody);
  collect(record['@graph'], into, depth + 1);
}

/** Paragraphs looked at by the fallbacks below: enough for any article, bounded on a huge page. */
const MAX_PARAGRAPHS = 3000;
/** Characters of a paragraph compared with the declared article body (whitespace folded). */
const PROBE_LENGTH = 40;
/** Below this much paragraph text, a block is a teaser list or a caption, not an article. */
const MIN_ARTICLE_CHARS = 500;
/** Paragraph text that makes one of several <article> elements a story rather than a teaser card. */
const STORY_CHARS = 300;
/** Paragraphs of an <article> read to tell a story from a teaser card before giving up. */
const STORY_PROBE_PARAGRAPHS = 40;
/** Among several stories, the largest is the page's article when it holds this share of their text. */
const DOMINANT_SHARE = 0.6;

export function isArticlePage(doc: Document): boolean {
  if (storyArticles(doc).length > 0) return true;
  return declarations(doc).types.some((type) => ARTICLE_TYPES.test(type.trim()));
}

export function findArticleRoot(doc: Document): Element | null {
  return (
    mainStory(storyArticles(doc)) ??
    doc.querySelector('[itemprop="articleBody"]') ??
    declaredBodyRoot(doc) ??
    doc.querySelector('main')
  );
}

/**
 * Whether every story on the page is in the region read (or holds it): an endless feed whose stories were read one by
 * one as they came has nothing left to read, even when its column, taken whole, is what `findArticleRoot` names.
 */
export function storiesRead(doc: Document, region: readonly Element[]): boolean {
  const stories = storyArticles(doc);
  return stories.length > 0 && stories.every((story) => region.some((part) => part.isConnected && (part.contains(story) || story.contains(part))));
}

/**
 * The <article> elements that hold the page's text. A page with one <article> (outside asides, navigation and
 * footers, where related-news cards sit) has its story there, however short. Of several, the ones whose first
 * paragraphs reach STORY_CHARS: a home or section page's teaser cards do not. Only the first few paragraphs are read
 * (a live collection stops there), so a 250k-word article costs no more than a short one. An <article> nested in
 * another story (a quoted post, a comment) is left to its outer story, and one in a comment thread is never a story.
 */
function storyArticles(doc: Document): Element[] {
  const articles = [...doc.getElementsByTagName('article')].filter((article) => !article.closest('aside, nav, footer'));
  if (articles.length <= 1) return articles.filter((article) => !inCommentThread(article));
  const stories: Element[] = [];
  for (const article of articles) {
    // Length first: a page's many teaser cards are dismissed before their ancestors are looked at.
    if (!holdsStory(article) || inCommentThread(article)) continue;
    if (stories.some((outer) => outer.contains(article))) continue;
    stories.push(article);
  }
  return stories;
}

/**
 * Some sites mark each reader's comment as an <article> and write long comments in paragraphs: a thread is still not
 * the story.
 */
function inCommentThread(block: Element): boolean {
  for (let element: Element | null = block; element && element.localName !== 'body'; element = element.parentElement) {
    if (isCommentThread(element)) return true;
  }
  return false;
}

/** Whether an <article> holds a story's worth of paragraphs rather than a teaser card's few lines. */
export function holdsStory(article: Element): boolean {
  const paragraphs = article.getElementsByTagName('p');
  // Indexing, not `length`: a live collection's length walks the whole article.
  if (paragraphs[0] === undefined) return (article.textContent?.length ?? 0) >= STORY_CHARS;
  let length = 0;
  for (let index = 0; index < STORY_PROBE_PARAGRAPHS; index++) {
    const paragraph = paragraphs[index];
    if (!paragraph) return false;
    length += paragraph.textContent?.length ?? 0;
    if (length >= STORY_CHARS) return true;
  }
  return false;
}

/**
 * One story is the article. Of several, the largest when it dominates (a story beside long related pieces);
 * otherwise they are posts of one page (a live blog's updates), read together from their nearest common ancestor.
 */
function mainStory(stories: readonly Element[]): Element | null {
  // The usual case: no need to measure text (textContent of a 250k-word article costs tens of ms).
  if (stories.length <= 1) return stories[0] ?? null;
  let best: Element | null = null;
  let bestLength = 0;
  let total = 0;
  for (const story of stories) {
    const length = story.textContent?.length ?? 0;
    total += length;
    if (length > bestLength) {
      best = story;
      bestLength = length;
    }
  }
  if (bestLength >= total * DOMINANT_SHARE) return best;
  let ancestor = stories[0]?.parentElement ?? null;
  while (ancestor && !stories.every((story) => ancestor?.contains(story))) ancestor = ancestor.parentElement;
  return ancestor ?? best;
}

const folded = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The element holding the paragraphs of the JSON-LD `articleBody`: the first and last of the page's paragraphs
 * that appear in the declared body, and their nearest common ancestor.
 */
function declaredBodyRoot(doc: Document): Element | null {
  const body = declarations(doc).bodies.map(folded).sort((a, b) => b.length - a.length)[0];
  if (!body) return null;
  let first: Element | null = null;
  let last: Element | null = null;
  for (const paragraph of [...doc.querySelectorAll('p')].slice(0, MAX_PARAGRAPHS)) {
    const probe = folded(paragraph.textContent ?? '').slice(0, PROBE_LENGTH);
    if (probe.length < PROBE_LENGTH / 2 || !body.includes(probe)) continue;
    first ??= paragraph;
    last = paragraph;
  }
  if (!first || !last) return null;
  let ancestor: Element | null = first === last ? first.parentElement : first;
  while (ancestor && !ancestor.contains(last)) ancestor = ancestor.parentElement;
  return ancestor;
}

/**
 * For pages without article markup (a listed news site): the block whose own paragraphs hold the most text, as
 * readability tools score it, outside navigation, headers, footers, asides and forms. Null when no block holds
 * enough text to be an article.
 */
export function densestTextBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const paragraph of [...doc.querySelectorAll('p')].slice(0, MAX_PARAGRAPHS)) {
    const parent = paragraph.parentElement;
    if (!parent || paragraph.closest('nav, header, footer, aside, form, [hidden], [aria-hidden="true"]')) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + folded(paragraph.textContent ?? '').length);
  }
  let best: Element | null = null;
  let bestScore = MIN_ARTICLE_CHARS - 1;
  for (const [element, score] of scores) {
    if (score > bestScore && !inCommentThread(element)) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}
