import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import * as v from 'valibot';
import { composeAnnotation } from '@/lib/annotations/compose';
import { annotationSchema } from '@/lib/annotations/model';
import { highlight } from '../../support/annotations';

const target = highlight('https://news.example/a', 'SCO được thành lập vào năm 2001').target;
const compose = (input: Parameters<typeof composeAnnotation>[0]) =>
  composeAnnotation(input, target, 'urn:uuid:00000000-0000-4000-8000-0000000000aa', new Date('2026-11-23T10:00:00Z'));

describe('composeAnnotation', () => {
  it('makes a note with de-duplicated lower-case tags, valid against the model', () => {
    const note = compose({ kind: 'note', note: '  Kiểm tra nguồn ', tags: 'SCO, nguồn, sco,' });
    expect(note.motivation).toBe('commenting');
    expect(note.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Kiểm tra nguồn', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'sco' },
      { type: 'TextualBody', purpose: 'tagging', value: 'nguồn' },
    ]);
    expect(v.safeParse(annotationSchema, note).success).toBe(true);
    expect(compose({ kind: 'note', note: '', tags: 'x' }).motivation).toBe('tagging');
  });

  it('rates a claim on the scale, with evidence and claimant', () => {
    const claim = compose({ kind: 'claim', scale: DEFAULT_SETTINGS.ratingScale, verdict: 'Mostly true', explanation: 'Khớp với hiến chương.', evidence: 'https://a.example https://b.example', claimant: 'Bộ Ngoại giao', tags: '' });
    expect(claim.body[0]).toMatchObject({ purpose: 'assessing', value: 'Mostly true', 'newslens:rating': { value: 2, best: 1, worst: 5 }, 'newslens:evidence': ['https://a.example', 'https://b.example'] });
    expect(v.safeParse(annotationSchema, claim).success).toBe(true);
    const custom = compose({ kind: 'claim', scale: ['Đúng', 'Sai'], verdict: 'Sai', explanation: '', evidence: '', claimant: '', tags: '' });
    expect(custom.body[0]).toMatchObject({ value: 'Sai', 'newslens:rating': { value: 2, best: 1, worst: 2 } });
    const unverifiable = compose({ kind: 'claim', scale: ['Đúng', 'Sai'], verdict: 'Unverifiable', explanation: '', evidence: '', claimant: '', tags: '' });
    expect(unverifiable.body[0]).toMatchObject({ 'newslens:rating': { value: 0, best: 1, worst: 2 } });
    const bad = compose({ kind: 'claim', scale: DEFAULT_SETTINGS.ratingScale, verdict: 'True', explanation: '', evidence: 'not-a-url', claimant: '', tags: '' });
    expect(v.safeParse(annotationSchema, bad).success).toBe(false);
  });

  it('corrects an entity with a type and a knowledge-base link', () => {
    const entity = compose({ kind: 'entity', entityType: 'ORG', entityId: 'org:sco', tags: '' });
    expect(entity.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'ORG' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'urn:newslens:kb:org:sco', 'newslens:kb': 'org:sco' },
    ]);
    expect(v.safeParse(annotationSchema, entity).success).toBe(true);
  });
});
