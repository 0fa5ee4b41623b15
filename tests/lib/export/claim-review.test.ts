import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { toClaimReviews } from '@/lib/export/claim-review';
import { composeAnnotation } from '@/lib/annotations/compose';
import { highlight } from '../../support/annotations';

describe('ClaimReview export', () => {
  it('writes every field Google requires for a claim, and skips other annotations', () => {
    const target = {
      ...highlight('https://news.example/a', 'SCO được thành lập vào năm 2001').target,
      'newslens:visited': 'https://news.example/a?x=1',
      'newslens:title': 'Tin SCO',
      'newslens:published': '2024-05-21T02:00:00.000Z',
    };
    const claim = composeAnnotation(
      { kind: 'claim', scale: DEFAULT_SETTINGS.ratingScale, verdict: 'True', explanation: 'Đúng theo hiến chương SCO.', evidence: 'https://sco.example/charter', claimant: 'Báo Mẫu', tags: '' },
      target,
      'urn:uuid:00000000-0000-4000-8000-0000000000cc',
      new Date('2026-11-23T10:00:00Z'),
    );
    const [review, ...rest] = toClaimReviews([claim, highlight('https://news.example/a', 'x')], { type: 'Organization', name: 'Nhóm kiểm chứng' });
    expect(rest).toEqual([]);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'SCO được thành lập vào năm 2001',
      datePublished: '2026-11-23',
      author: { '@type': 'Organization', name: 'Nhóm kiểm chứng' },
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' },
      itemReviewed: {
        '@type': 'Claim',
        author: { name: 'Báo Mẫu' },
        appearance: [{ '@type': 'CreativeWork', url: 'https://news.example/a?x=1', headline: 'Tin SCO', datePublished: '2024-05-21' }],
      },
      citation: ['https://sco.example/charter'],
    });
    expect(review?.url).toMatch(/^https:\/\/news\.example\/a#claim-/);
  });

  it('turns the scale so a higher ratingValue is better, and gives "Unverifiable" no numbers', () => {
    const target = highlight('https://news.example/a', 'Lạm phát đã giảm một nửa').target;
    const rate = (verdict: string) =>
      toClaimReviews(
        [composeAnnotation({ kind: 'claim', scale: DEFAULT_SETTINGS.ratingScale, verdict, explanation: '', evidence: '', claimant: '', tags: '' }, target, 'urn:uuid:00000000-0000-4000-8000-0000000000cd', new Date('2026-11-23T10:00:00Z'))],
        { type: 'Person', name: 'Lan' },
      )[0]?.reviewRating;
    expect(rate('False')).toEqual({ '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 });
    expect(rate('Mostly true')).toMatchObject({ ratingValue: 4 });
    expect(rate('Unverifiable')).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
  });

  it('points each review at the reviewer\'s fact-check site when there is one', () => {
    const claim = composeAnnotation(
      { kind: 'claim', scale: DEFAULT_SETTINGS.ratingScale, verdict: 'False', explanation: '', evidence: '', claimant: '', tags: '' },
      highlight('https://news.example/a', 'Lạm phát đã giảm một nửa').target,
      'urn:uuid:00000000-0000-4000-8000-0000000000ce',
      new Date('2026-11-23T10:00:00Z'),
    );
    const [review] = toClaimReviews([claim], { type: 'Organization', name: 'Nhóm kiểm chứng', site: 'https://factcheck.example/2026/lam-phat#old' });
    expect(review?.url).toBe('https://factcheck.example/2026/lam-phat#claim-00000000-0000-4000-8000-0000000000ce');
  });
});
