/**
 * Entity links point at Wikidata where the knowledge base knows the entity's item, so exported annotations say
 * who they are about in terms any tool understands (`https://www.wikidata.org/entity/Q…`); the knowledge-base id
 * stays beside it (`newslens:kb`) for the extension's own indexes and corrections.
 */
import type { Annotation } from './model';

const KB_SOURCE = 'urn:newslens:kb:';

export function withWikidataLinks(annotation: Annotation, wikidataOf: (id: string) => string | undefined): Annotation {
  let changed = false;
  const body = annotation.body.map((item) => {
    if (item.purpose !== 'identifying' || !item.source.startsWith(KB_SOURCE) || !item['newslens:kb']) return item;
    const qid = wikidataOf(item['newslens:kb']);
    if (!qid) return item;
    changed = true;
    return { ...item, source: `https://www.wikidata.org/entity/${qid}` };
  });
  return changed ? { ...annotation, body } : annotation;
}
