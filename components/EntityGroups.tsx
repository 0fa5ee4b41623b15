import { useText } from './LanguageRoot';
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
  const text = useText();
  const groups = ENTITY_TYPES.map((type) => ({ type, items: entities.filter((entity) => entity.type === type) })).filter(
    (group) => group.items.length > 0,
  );
  if (groups.length === 0) return <p class="muted">{text('entities.none')}</p>;
  return (
    <div class="entity-groups">
      {groups.map((group) => (
        <section key={group.type} class={`entity-group entity-group-${group.type.toLowerCase()}`} aria-label={text(`entityGroup.${group.type}`)}>
          <h2>
            {text(`entityGroup.${group.type}`)} <span class="count">{group.items.length}</span>
          </h2>
          {/* The names are in the page's language; the headings around them in the reader's. */}
          <ul lang={lang}>
            {group.items.map((entity) => (
              <li key={entity.key} data-entity-id={entity.id ?? ''}>
                <button type="button" class="entity-name" onClick={() => onSelect?.(entity.key)} title={text('entities.show')}>
                  {entity.name}
                </button>
                {/* A span has no role for aria-label to name: the count is read from hidden text instead of "×2". */}
                <span class="mentions">
                  <span aria-hidden="true">×{entity.count}</span>
                  <span class="visually-hidden">{text.plural('entities.mentions', entity.count)}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
