import { ENTITY_TYPES, type EntityType, type Lang } from '@/lib/ner/types';
import type { EntitySummary } from '@/lib/messaging/protocol';

const TYPE_LABELS: Record<EntityType, string> = {
  PER: 'People',
  ORG: 'Organisations',
  LOC: 'Places',
  EVENT: 'Events',
  MISC: 'Other',
};

interface Props {
  entities: readonly EntitySummary[];
  lang: Lang;
}

/** The page's entities grouped by type, each with its number of mentions. */
export function EntityGroups({ entities, lang }: Props) {
  const groups = ENTITY_TYPES.map((type) => ({ type, items: entities.filter((entity) => entity.type === type) })).filter(
    (group) => group.items.length > 0,
  );
  if (groups.length === 0) return <p class="muted">No names found in this article.</p>;
  return (
    <div class="entity-groups" lang={lang}>
      {groups.map((group) => (
        <section key={group.type} class={`entity-group entity-group-${group.type.toLowerCase()}`} aria-label={TYPE_LABELS[group.type]}>
          <h2>
            {TYPE_LABELS[group.type]} <span class="count">{group.items.length}</span>
          </h2>
          <ul>
            {group.items.map((entity) => (
              <li key={entity.key} data-entity-id={entity.id ?? ''}>
                <span class="entity-name">{entity.name}</span>
                <span class="mentions" title="mentions on this page">×{entity.count}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
