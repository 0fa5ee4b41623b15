/**
 * The article text of an HTML document, exactly as the content script collects it (same detection, same skipping),
 * for the CLI's `.html` input. A page without article markup is read from its densest block of paragraphs, as on a
 * listed news site, else from its <body>: asking for a file is asking for it to be read.
 */
import { densestTextBlock, findArticleRoot, isArticlePage } from './article-root';
import { articleRegion } from './article-region';
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
  const root = (isArticle ? findArticleRoot(doc) : null) ?? densestTextBlock(doc) ?? doc.body;
  return {
    text: root ? collectText(articleRegion(doc, root)).text : '',
    lang: languageFromTag(doc.documentElement.getAttribute('lang')),
    isArticle,
  };
}
