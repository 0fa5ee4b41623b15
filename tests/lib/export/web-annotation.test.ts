import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { exportFileName, toAnnotationCollection } from '@/lib/export/web-annotation';
import { annotationSchema } from '@/lib/annotations/model';
import { highlight } from '../../support/annotations';

describe('Web Annotation export', () => {
  it('wraps annotations in a collection whose items still validate as annotations', () => {
    const annotations = [highlight('https://news.example/a', 'Hà Nội'), highlight('https://news.example/a', 'Astana')];
    const collection = toAnnotationCollection(annotations, 'Tin', 'urn:uuid:00000000-0000-4000-8000-00000000abcd');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    const roundTrip = JSON.parse(JSON.stringify(collection)) as typeof collection;
    expect(roundTrip.first.items.map((item) => v.parse(annotationSchema, item))).toEqual(annotations);
  });

  it('names files by date', () => {
    expect(exportFileName('page', new Date('2026-11-23T10:00:00Z'))).toBe('newslens-page-2026-11-23.jsonld');
  });
});
