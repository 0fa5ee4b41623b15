/**
 * Claims as schema.org ClaimReview (https://schema.org/ClaimReview), with the fields Google's fact-check markup
 * requires: claimReviewed, reviewRating (ratingValue, bestRating, worstRating, alternateName), itemReviewed (a Claim
 * with its author and where it appeared), author, datePublished and url.
 */
import type { Annotation } from '../annotations/model';

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': 'Person' | 'Organization'; name: string };
  /** Numbers only for a verdict on the scale; "Unverifiable" sits outside it and carries its name alone. */
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  itemReviewed: {
    '@type': 'Claim';
    author: { '@type': 'Person' | 'Organization'; name: string };
    appearance: Array<{ '@type': 'CreativeWork'; url: string; headline?: string; datePublished?: string }>;
    datePublished?: string;
  };
  reviewBody?: string;
  citation?: string[];
}

/**
 * The stored rating counts from the best verdict (1) down; schema.org readers take a higher ratingValue as better
 * and expect it between worstRating and bestRating, so the scale is turned over on the way out. A verdict outside
 * the scale (0: "Unverifiable") gets no numbers.
 */
function numericRating(rating: { value: number; best: number; worst: number }): { ratingValue: number; bestRating: number; worstRating: number } | Record<string, never> {
  const low = Math.min(rating.best, rating.worst);
  const high = Math.max(rating.best, rating.worst);
  if (rating.value < low || rating.value > high) return {};
  const ascending = rating.best > rating.worst;
  return { ratingValue: ascending ? rating.value : low + high - rating.value, bestRating: high, worstRating: low };
}

/** One ClaimReview per claim annotation (others are skipped); `reviewer` names who reviewed them. */
export function toClaimReviews(
  annotations: readonly Annotation[],
  reviewer: { type: 'Person' | 'Organization'; name: string; site?: string },
): ClaimReview[] {
  return annotations.flatMap((annotation) => {
    const verdict = annotation.body.find((body) => body.purpose === 'assessing');
    if (!verdict || verdict.purpose !== 'assessing') return [];
    const { target } = annotation;
    const page = target['newslens:visited'] ?? target.source;
    const rating = verdict['newslens:rating'];
    const published = target['newslens:published'];
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        // One anchor per claim on the reviewer's site (or, without one, on the article).
        url: `${(reviewer.site || target.source).split('#')[0]}#${annotation.id.replace('urn:uuid:', 'claim-')}`,
        claimReviewed: target.selector[0].exact,
        datePublished: annotation.modified.slice(0, 10),
        author: { '@type': reviewer.type, name: reviewer.name },
        reviewRating: { '@type': 'Rating', alternateName: verdict.value, ...numericRating(rating) },
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Organization', name: verdict['newslens:claimant'] ?? new URL(page).hostname },
          appearance: [
            {
              '@type': 'CreativeWork',
              url: page,
              ...(target['newslens:title'] ? { headline: target['newslens:title'] } : {}),
              ...(published ? { datePublished: published.slice(0, 10) } : {}),
            },
          ],
          ...(published ? { datePublished: published.slice(0, 10) } : {}),
        },
        ...(verdict['newslens:explanation'] ? { reviewBody: verdict['newslens:explanation'] } : {}),
        ...(verdict['newslens:evidence']?.length ? { citation: verdict['newslens:evidence'] } : {}),
      },
    ];
  });
}
