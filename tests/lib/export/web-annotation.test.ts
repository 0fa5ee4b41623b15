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

  it('names files by UTC date and minute, with the format\'s extension', () => {
    expect(exportFileName('page', new Date('2026-11-23T10:00:00Z'), 'jsonld')).toBe('newslens-page-2026-11-23-1000.jsonld');
    expect(exportFileName('annotations', new Date('2026-11-23T21:41:59.999Z'), 'csv')).toBe('newslens-annotations-2026-11-23-2141.csv');
    expect(exportFileName('corpus', new Date('2026-01-02T03:04:00+07:00'), 'conll')).toBe('newslens-corpus-2026-01-01-2004.conll');
  });
});
