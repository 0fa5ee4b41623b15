/**
 * Turns what the reader typed in the editor into an annotation of the model: the bodies for a note and its tags, a
 * fact-check verdict, or an entity correction. Pure, so the rules are tested without a browser.
 */
import { ANNOTATION_CONTEXT, type Annotation, type AnnotationBody, type AnnotationTarget } from './model';
import type { EntityType } from '../ner/types';

/** Offered with every rating scale, outside it: a claim that cannot be checked has no place on the scale. */
export const UNVERIFIABLE = 'Unverifiable';

export type EditorInput =
  | { kind: 'note'; note: string; tags: string }
  | { kind: 'claim'; verdict: string; scale: readonly string[]; explanation: string; evidence: string; claimant: string; tags: string }
  | { kind: 'entity'; entityType: EntityType | 'NOT_AN_ENTITY'; entityId: string; tags: string };

function tagBodies(tags: string): AnnotationBody[] {
  const unique = [...new Set(tags.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  return unique.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }));
}

function bodiesOf(input: EditorInput): AnnotationBody[] {
  if (input.kind === 'note') {
    const note = input.note.trim();
    return [...(note ? [{ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' } as const] : []), ...tagBodies(input.tags)];
  }
  if (input.kind === 'claim') {
    const rank = input.scale.indexOf(input.verdict);
    const evidence = input.evidence.split(/\s+/).filter(Boolean);
    return [
      {
        type: 'TextualBody',
        purpose: 'assessing',
        value: input.verdict,
        // 1 is best, the scale's length worst; "Unverifiable" (or anything off the scale) sits outside it as 0.
        'newslens:rating': { value: rank + 1, best: 1, worst: input.scale.length },
        ...(input.explanation.trim() ? { 'newslens:explanation': input.explanation.trim() } : {}),
        ...(evidence.length ? { 'newslens:evidence': evidence } : {}),
        ...(input.claimant.trim() ? { 'newslens:claimant': input.claimant.trim() } : {}),
      },
      ...tagBodies(input.tags),
    ];
  }
  const id = input.entityId.trim();
  return [
    { type: 'TextualBody', purpose: 'classifying', value: input.entityType },
    ...(id ? [{ type: 'SpecificResource', purpose: 'identifying', source: `urn:newslens:kb:${id}`, 'newslens:kb': id } as const] : []),
    ...tagBodies(input.tags),
  ];
}

const MOTIVATIONS = { note: 'commenting', claim: 'assessing', entity: 'classifying' } as const;
const COLOURS = { note: 'yellow', claim: 'orange', entity: 'blue' } as const;

export function composeAnnotation(input: EditorInput, target: AnnotationTarget, id: string, now: Date): Annotation {
  const bodies = bodiesOf(input);
  const onlyTags = input.kind === 'note' && bodies.every((body) => body.purpose === 'tagging');
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'Annotation',
    motivation: onlyTags ? 'tagging' : MOTIVATIONS[input.kind],
    created: now.toISOString(),
    modified: now.toISOString(),
    target,
    body: bodies,
    'newslens:kind': input.kind,
    'newslens:colour': COLOURS[input.kind],
  };
}
