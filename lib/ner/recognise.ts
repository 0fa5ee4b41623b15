/**
 * The engine's one public entry point: text (+ language hint) → entity mentions with UTF-16 offsets into that text.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Lang, Mention } from './types';

export interface RecogniseOptions {
  lang: Lang;
}

export function recognise(kb: KnowledgeBase, text: string, options: RecogniseOptions): Mention[] {
  void options;
  return kb.gazetteer.find(text).map((match) => ({
    start: match.start,
    end: match.end,
    type: match.entity.type,
    text: text.slice(match.start, match.end),
    id: match.entity.id,
  }));
}
