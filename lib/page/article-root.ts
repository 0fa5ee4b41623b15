/**
 * Is this page an article, and where is its text? A page counts as an article when it says so (JSON-LD Article /
 * NewsArticle / ReportageNewsArticle …, or og:type article) or has an <article> element; its text is taken from the
 * largest <article>, else the element marked articleBody, else <main>.
 */
const ARTICLE_TYPES = /(^|[^a-z])(newsarticle|article|reportagenewsarticle|analysisnewsarticle|blogposting|liveblogposting|opinionnewsarticle|reportage)$/i;

function declaredTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectTypes(JSON.parse(script.textContent ?? '') as unknown, types, 0);
    } catch {
      // A page's broken JSON-LD is its own problem; it just does not count as a declaration.
    }
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType) types.push(ogType);
  return types;
}

function collectTypes(value: unknown, into: string[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectTypes(item, into, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type === 'string') into.push(type);
  if (Array.isArray(type)) for (const item of type) if (typeof item === 'string') into.push(item);
  collectTypes(record['@graph'], into, depth + 1);
}

export function isArticlePage(doc: Document): boolean {
  if (doc.querySelector('article')) return true;
  return declaredTypes(doc).some((type) => ARTICLE_TYPES.test(type.trim()));
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
  return best ?? doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('main');
}
