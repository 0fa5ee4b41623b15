import type { Annotation } from '@/lib/annotations/model';

interface Props {
  annotations: readonly Annotation[];
  /** Ids the page could not find its quote for any more. */
  orphaned: ReadonlySet<string>;
  onDelete(id: string): void;
}

const KIND_LABELS: Record<Annotation['newslens:kind'], string> = {
  highlight: 'Highlight',
  note: 'Note',
  claim: 'Claim',
  entity: 'Entity',
};

/** This page's annotations, orphaned ones included and marked, each with its quote. */
export function AnnotationList({ annotations, orphaned, onDelete }: Props) {
  if (annotations.length === 0) return null;
  return (
    <section class="annotations" aria-label="Your annotations">
      <h2>
        Your annotations <span class="count">{annotations.length}</span>
      </h2>
      <ul>
        {annotations.map((annotation) => {
          const quote = annotation.target.selector[0].exact;
          const lost = orphaned.has(annotation.id);
          return (
            <li key={annotation.id} class={lost ? 'orphaned' : undefined}>
              <span class={`dot dot-${annotation['newslens:colour'] ?? 'yellow'}`} aria-hidden="true" />
              <span class="quote">
                {KIND_LABELS[annotation['newslens:kind']]}: “{quote.length > 140 ? `${quote.slice(0, 140)}…` : quote}”
                {lost && <span class="badge">not found on the page</span>}
              </span>
              <button type="button" class="delete" aria-label={`Delete ${KIND_LABELS[annotation['newslens:kind']].toLowerCase()}`} onClick={() => onDelete(annotation.id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
