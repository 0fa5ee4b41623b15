/**
 * The article text of an HTML document, exactly as the content script collects it (same detection, same skipping),
 * for the CLI's `.html` input. A page that is not an article falls back to its <body>: asking for a file is asking
 * for it to be read.
 */
import { findArticleRoot, isArticlePage } from './article-root';
import { collectText } from './text-map';
import { languageFromTag } from '../text/language';
import type { Lang } from '../ner/types';

export interface ArticleText {
  text: string;
  lang: Lang | null;
  isArticle: boolean;
}

export function articleTextOf(doc: Document): ArticleText {
  const isArticle = isArticlePage(doc);
  const root = (isArticle ? findArticleRoot(doc) : null) ?? doc.body;
  return {
    text: root ? collectText(root).text : '',
    lang: languageFromTag(doc.documentElement.getAttribute('lang')),
    isArticle,
  };
}
