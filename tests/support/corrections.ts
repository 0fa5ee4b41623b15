/** An entity-correction annotation on some words, for tests. */
import type { Annotation } from '@/lib/annotations/model';
import type { EntityType } from '@/lib/ner/types';
import { highlight } from './annotations';

export function compose(surface: string, type: EntityType | 'NOT_AN_ENTITY', id?: string): Annotation {
  return highlight('https://news.example/any', surface, {
    'newslens:kind': 'entity',
    motivation: 'classifying',
    body: [
      { type: 'TextualBody', purpose: 'classifying', value: type },
      ...(id ? [{ type: 'SpecificResource' as const, purpose: 'identifying' as const, source: `urn:newslens:kb:${id}`, 'newslens:kb': id }] : []),
    ],
  });
}
