import { findArticleRoot, isArticlePage } from '@/lib/page/article-root';
import { collectText, rangeFor } from '@/lib/page/text-map';
import { registerHighlights } from '@/lib/highlight/highlights';
import { languageFromTag } from '@/lib/text/language';
import { sendToBackground } from '@/lib/messaging/send';
import type { EntityType } from '@/lib/ner/types';

/** Finds the article's entities through the background and highlights them; returns the number of mentions shown. */
export async function highlightArticle(signal: AbortSignal): Promise<number> {
  if (!isArticlePage(document)) return 0;
  const root = findArticleRoot(document);
  if (!root) return 0;
  const map = collectText(root);
  if (map.text.trim().length === 0) return 0;

  const { mentions } = await sendToBackground('page/analyse', {
    url: location.href,
    title: document.title,
    lang: languageFromTag(document.documentElement.getAttribute('lang')),
    text: map.text,
  });
  if (signal.aborted) return 0;

  const rangesByType = new Map<EntityType, Range[]>();
  for (const mention of mentions) {
    const range = rangeFor(map, mention.start, mention.end, document);
    if (!range) continue;
    const list = rangesByType.get(mention.type) ?? [];
    list.push(range);
    rangesByType.set(mention.type, list);
  }
  const unregister = registerHighlights(CSS.highlights, rangesByType, (ranges) => new Highlight(...ranges));
  signal.addEventListener('abort', unregister, { once: true });
  return mentions.length;
}
