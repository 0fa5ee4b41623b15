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
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 1, worstRating: 5, alternateName: 'True' },
      itemReviewed: {
        '@type': 'Claim',
        author: { name: 'Báo Mẫu' },
        appearance: [{ '@type': 'CreativeWork', url: 'https://news.example/a?x=1', headline: 'Tin SCO', datePublished: '2024-05-21' }],
      },
      citation: ['https://sco.example/charter'],
    });
    expect(review?.url).toMatch(/^https:\/\/news\.example\/a#claim-/);
  });
});
