import { describe, expect, it } from 'vitest';
import { withWikidataLinks } from '@/lib/annotations/wikidata-links';
import { compose } from '../../support/corrections';

const known = (id: string): string | undefined => ({ 'per:xi-jinping': 'Q15031' })[id];

describe('withWikidataLinks', () => {
  it('points an entity link at its Wikidata item and keeps the knowledge-base id beside it', () => {
    const linked = withWikidataLinks(compose('Tập Cận Bình', 'PER', 'per:xi-jinping'), known);
    expect(linked.body).toContainEqual({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: 'https://www.wikidata.org/entity/Q15031',
      'newslens:kb': 'per:xi-jinping',
    });
  });

  it('leaves links to entities without a Wikidata item, and annotations without links, as they are', () => {
    const unknown = compose('Hội Mẫu', 'ORG', 'org:example');
    expect(withWikidataLinks(unknown, known)).toBe(unknown);
    const rejected = compose('Putin', 'NOT_AN_ENTITY');
    expect(withWikidataLinks(rejected, known)).toBe(rejected);
  });
});
