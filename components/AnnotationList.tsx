import type { Annotation } from '@/lib/annotations/model';
import { useText } from './LanguageRoot';

interface Props {
  annotations: readonly Annotation[];
  /** Ids the page could not find its quote for any more. */
  orphaned: ReadonlySet<string>;
  onDelete(id: string): void;
}

/** The annotations by the story they are filed under, in the order given: one group on most pages. */
function byStory(annotations: readonly Annotation[]): Array<{ source: string; title: string; annotations: Annotation[] }> {
  const groups = new Map<string, { source: string; title: string; annotations: Annotation[] }>();
  for (const annotation of annotations) {
    const { source } = annotation.target;
    const group = groups.get(source) ?? { source, title: annotation.target['newslens:title'] || source, annotations: [] };
    group.annotations.push(annotation);
    groups.set(source, group);
  }
  return [...groups.values()];
}

/**
 * This page's annotations, orphaned ones included and marked, each with its quote; on a page holding several stories
 * (an endless feed), under each story's title.
 */
export function AnnotationList({ annotations, orphaned, onDelete }: Props) {
  const text = useText();
  if (annotations.length === 0) return null;
  const stories = byStory(annotations);
  const list = (items: readonly Annotation[]) => (
    <ul>
      {items.map((annotation) => {
        const quote = annotation.target.selector[0].exact;
        const lost = orphaned.has(annotation.id);
        const kind = text(`kind.${annotation['newslens:kind']}`);
        return (
          <li key={annotation.id} class={lost ? 'orphaned' : undefined}>
            <span class={`dot dot-${annotation['newslens:colour'] ?? 'yellow'}`} aria-hidden="true" />
            <span class="quote">
              {text('annotations.quoted', { kind, quote: quote.length > 140 ? `${quote.slice(0, 140)}…` : quote })}
              {lost && <span class="badge">{text('annotations.notFound')}</span>}
            </span>
            <button type="button" class="delete" aria-label={text('annotations.delete', { kind: kind.toLocaleLowerCase(text.locale) })} onClick={() => onDelete(annotation.id)}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
  return (
    <section class="annotations" aria-label={text('annotations.heading')}>
      <h2>
        {text('annotations.heading')} <span class="count">{annotations.length}</span>
      </h2>
      {stories.length === 1
        ? list(annotations)
        : stories.map((story) => (
            <section key={story.source} class="story" aria-label={story.title}>
              <h3 title={story.source}>{story.title}</h3>
              {list(story.annotations)}
            </section>
          ))}
    </section>
  );
}
