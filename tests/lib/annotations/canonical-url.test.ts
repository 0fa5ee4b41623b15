// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalUrl, loadedStory, storyUrl, withoutTracking } from '@/lib/annotations/canonical-url';

const declare = (href: string | null): void => {
  document.head.innerHTML = href === null ? '' : `<link rel="canonical" href="${href}">`;
};

describe('canonicalUrl', () => {
  beforeEach(() => declare(null));

  it('files a story under its declared canonical URL, resolved, without tracking parameters or fragment', () => {
    declare('/the-gioi/sco-astana?utm_source=fb&id=7#top');
    expect(canonicalUrl(document, 'https://news.example/share/123?fbclid=x')).toBe('https://news.example/the-gioi/sco-astana?id=7');
  });

  it('falls back on the visited URL when the declaration is missing, broken or not http(s)', () => {
    expect(canonicalUrl(document, 'https://news.example/a?gclid=1#p2')).toBe('https://news.example/a');
    declare('http://[broken');
    expect(canonicalUrl(document, 'https://news.example/a')).toBe('https://news.example/a');
    declare('javascript:alert(1)');
    expect(canonicalUrl(document, 'https://news.example/a')).toBe('https://news.example/a');
    document.head.innerHTML = '<meta property="og:url" content="https://news.example/og">';
    expect(canonicalUrl(document, 'https://news.example/a')).toBe('https://news.example/og');
  });

  it('has no URL for a page that is not http(s)', () => {
    expect(withoutTracking('file:///tmp/a.html')).toBeNull();
    expect(withoutTracking('not a url')).toBeNull();
  });
});

describe('storyUrl', () => {
  const first = 'https://news.example/world/sco-astana-2024';
  const next = 'https://news.example/world/asean-vientiane-2024';

  it('follows a single-page app that updates its canonical link', () => {
    declare(first);
    const loaded = loadedStory(document, first);
    declare(next);
    expect(storyUrl(document, next, loaded)).toBe(next);
  });

  it('takes the visited URL when the app moved to another path and left the first story\u2019s canonical link', () => {
    declare(first);
    const loaded = loadedStory(document, first);
    expect(storyUrl(document, `${next}?utm_medium=feed`, loaded)).toBe(next);
  });

  it('keeps the declaration while the path is the one loaded (an anchor, a page of the same story)', () => {
    declare(first);
    const loaded = loadedStory(document, 'https://news.example/s/123');
    expect(storyUrl(document, 'https://news.example/s/123#comments', loaded)).toBe(first);
    expect(storyUrl(document, 'https://news.example/s/123?page=2', loaded)).toBe(first);
  });
});
