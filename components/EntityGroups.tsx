import { TYPE_GROUP_LABELS } from './type-labels';
import { ENTITY_TYPES, type Lang } from '@/lib/ner/types';
import type { EntitySummary } from '@/lib/messaging/protocol';

interface Props {
  entities: readonly EntitySummary[];
  lang: Lang;
  /** Called with an entity's key when the reader picks it (to show its first mention). */
  onSelect?(key: string): void;
}

/** The page's entities grouped by type, each with its number of mentions. */
export function EntityGroups({ entities, lang, onSelect }: Props) {
  const groups = ENTITY_TYPES.map((type) => ({ type, items: entities.filter((entity) => entity.type === type) })).filter(
    (group) => group.items.length > 0,
  );
  if (groups.length === 0) return <p class="muted">No names found in this article.</p>;
  return (
    <div class="entity-groups" lang={lang}>
      {groups.map((group) => (
        <section key={group.type} class={`entity-group entity-group-${group.type.toLowerCase()}`} aria-label={TYPE_GROUP_LABELS[group.type]}>
          <h2>
            {TYPE_GROUP_LABELS[group.type]} <span class="count">{group.items.length}</span>
          </h2>
          <ul>
            {group.items.map((entity) => (
              <li key={entity.key} data-entity-id={entity.id ?? ''}>
                <button type="button" class="entity-name" onClick={() => onSelect?.(entity.key)} title="Show on the page">
                  {entity.name}
                </button>
                <span class="mentions" aria-label={`${entity.count} mentions`}>×{entity.count}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
