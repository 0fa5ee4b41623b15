import type { Annotation } from '@/lib/annotations/model';
import { useText } from './LanguageRoot';

interface Props {
  annotations: readonly Annotation[];
  /** Ids the page could not find its quote for any more. */
  orphaned: ReadonlySet<string>;
  onDelete(id: string): void;
}

/** This page's annotations, orphaned ones included and marked, each with its quote. */
export function AnnotationList({ annotations, orphaned, onDelete }: Props) {
  const text = useText();
  if (annotations.length === 0) return null;
  return (
    <section class="annotations" aria-label={text('annotations.heading')}>
      <h2>
        {text('annotations.heading')} <span class="count">{annotations.length}</span>
      </h2>
      <ul>
        {annotations.map((annotation) => {
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
    </section>
  );
}
