/** Folds a page's reported entities into one summary per entity, most mentioned first. */
import type { EntitySummary, ReportedMention } from '../messaging/protocol';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Lang } from '../ner/types';

export function summariseMentions(mentions: readonly ReportedMention[], kb: KnowledgeBase, lang: Lang): EntitySummary[] {
  const byKey = new Map<string, EntitySummary>();
  for (const mention of mentions) {
    const key = mention.id ?? `${mention.type}:${mention.text}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.count += mention.count;
      continue;
    }
    const entity = mention.id ? kb.get(mention.id) : undefined;
    byKey.set(key, {
      key,
      id: mention.id,
      type: mention.type,
      name: entity ? entity.name[lang] : mention.text,
      count: mention.count,
    });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang));
}

/** The toolbar badge: the number of distinct entities, compact enough for four characters. */
export function badgeText(entityCount: number): string {
  if (entityCount <= 0) return '';
  return entityCount > 999 ? '999+' : String(entityCount);
}
