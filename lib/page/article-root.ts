/**
 * Is this page an article, and where is its text? A page counts as an article when it says so (JSON-LD Article /
 * NewsArticle / ReportageNewsArticle …, or og:type article) or has an <article> element; its text is taken from the
 * largest <article>, else the element marked articleBody, else the element holding the JSON-LD `articleBody`'s
 * paragraphs, else <main>. Pages with none of these (a news site without markup) fall back on text density.
 */
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

export function isArticlePage(doc: Document): boolean {
  if (doc.querySelector('article')) return true;
  return declarations(doc).types.some((type) => ARTICLE_TYPES.test(type.trim()));
}

export function findArticleRoot(doc: Document): Element | null {
  const articles = doc.querySelectorAll('article');
  // The usual case, one article: no need to measure text (textContent of a 250k-word article costs tens of ms).
  if (articles.length === 1) return articles[0] ?? null;
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of articles) {
    const length = article.textContent?.length ?? 0;
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  return best ?? doc.querySelector('[itemprop="articleBody"]') ?? declaredBodyRoot(doc) ?? doc.querySelector('main');
}

/** Paragraphs looked at by the fallbacks below: enough for any article, bounded on a huge page. */
const MAX_PARAGRAPHS = 3000;
/** Characters of a paragraph compared with the declared article body (whitespace folded). */
const PROBE_LENGTH = 40;
/** Below this much paragraph text, a block is a teaser list or a caption, not an article. */
const MIN_ARTICLE_CHARS = 500;

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
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}
