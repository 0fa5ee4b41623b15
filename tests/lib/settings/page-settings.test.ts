import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withSite } from '@/lib/settings/settings';
import { pageSettings } from '@/lib/settings/page-settings';
import { readsByItself } from '@/lib/settings/reads-by-itself';

const reads = (settings: typeof DEFAULT_SETTINGS, host: string, markup: boolean): boolean =>
  readsByItself(pageSettings(settings, host), markup);

describe('page settings', () => {
  it('reads by itself on article markup and on news sites (with their subdomains), not elsewhere', () => {
    expect(reads(DEFAULT_SETTINGS, 'blog.example', true)).toBe(true);
    expect(reads(DEFAULT_SETTINGS, 'blog.example', false)).toBe(false);
    expect(reads(DEFAULT_SETTINGS, 'www.vnexpress.net', false)).toBe(true);
    expect(reads(DEFAULT_SETTINGS, 'notvnexpress.net', false)).toBe(false);
    const markupOff = { ...DEFAULT_SETTINGS, runOnArticleMarkup: false };
    expect(reads(markupOff, 'blog.example', true)).toBe(false);
    expect(reads(markupOff, 'tuoitre.vn', false)).toBe(true);
    expect(reads(withSite(DEFAULT_SETTINGS, 'tuoitre.vn', false), 'tuoitre.vn', true)).toBe(false);
  });

  it('gives a site turned off as off, and colour rules only for the colours the reader changed', () => {
    expect(pageSettings(withSite(DEFAULT_SETTINGS, 'news.example', false), 'NEWS.example').siteEnabled).toBe(false);
    expect(pageSettings(DEFAULT_SETTINGS, 'news.example').colourRules).toBe('');
    const changed = pageSettings({ ...DEFAULT_SETTINGS, colours: { ...DEFAULT_SETTINGS.colours, PER: '#ff0000' } }, 'news.example');
    expect(changed.colourRules).toContain('::highlight(newslens-per) { background-color: rgb(255 0 0 / 0.35); }');
    expect(changed.colourRules).not.toContain('newslens-org');
  });
});
