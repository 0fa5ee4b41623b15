/** Builders of valid annotations for tests. */
import { ANNOTATION_CONTEXT, type Annotation } from '@/lib/annotations/model';

let counter = 0;

export function uuid(): string {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export function highlight(page: string, exact: string, overrides: Partial<Annotation> = {}): Annotation {
  const now = new Date(Date.UTC(2026, 10, 1, 12, 0, counter)).toISOString();
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${uuid()}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: now,
    modified: now,
    target: {
      source: page,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: exact.length },
      ],
    },
    body: [],
    'newslens:kind': 'highlight',
    'newslens:colour': 'yellow',
    ...overrides,
  };
}
