import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, readSettings, withSite } from '@/lib/settings/settings';

describe('settings', () => {
  it('falls back to the defaults for missing or corrupt values, keeping the valid parts', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    const partly = readSettings({ disabledSites: ['news.example'], shownTypes: 'all', colours: { PER: 'red' } });
    expect(partly.disabledSites).toEqual(['news.example']);
    expect(partly.shownTypes).toEqual(DEFAULT_SETTINGS.shownTypes);
    expect(partly.colours).toEqual(DEFAULT_SETTINGS.colours);
    expect(partly.ratingScale).toEqual(DEFAULT_SETTINGS.ratingScale);
    expect(readSettings({ ...DEFAULT_SETTINGS, ratingScale: ['Đúng'] }).ratingScale).toEqual(DEFAULT_SETTINGS.ratingScale);
    expect(readSettings({ ...DEFAULT_SETTINGS, ratingScale: ['Đúng', 'đúng'] }).ratingScale).toEqual(DEFAULT_SETTINGS.ratingScale);
    expect(readSettings({ ...DEFAULT_SETTINGS, ratingScale: ['Đúng', 'Sai'] }).ratingScale).toEqual(['Đúng', 'Sai']);
  });

  it('turns a site off and on again, ignoring case', () => {
    const off = withSite(DEFAULT_SETTINGS, 'News.Example', false);
    expect(isSiteEnabled(off, 'news.example')).toBe(false);
    expect(isSiteEnabled(off, 'other.example')).toBe(true);
    expect(isSiteEnabled(withSite(off, 'news.example', true), 'NEWS.example')).toBe(true);
  });

  it('keeps settings saved before a setting existed, filling in the new ones', () => {
    const old = { disabledSites: ['a.example'], shownTypes: DEFAULT_SETTINGS.shownTypes, colours: DEFAULT_SETTINGS.colours, ratingScale: ['Đúng', 'Sai'], reviewer: 'Lan' };
    const read = readSettings(old);
    expect(read).toEqual({ ...DEFAULT_SETTINGS, ...old });
    expect(readSettings({ ...DEFAULT_SETTINGS, interfaceLanguage: 'fr' }).interfaceLanguage).toBe('auto');
    expect(readSettings({ ...DEFAULT_SETTINGS, newsSites: ['<script>'] }).newsSites).toEqual(DEFAULT_SETTINGS.newsSites);
    expect(readSettings({ ...DEFAULT_SETTINGS, reviewSite: 'javascript:alert(1)' }).reviewSite).toBe('');
    expect(readSettings({ ...DEFAULT_SETTINGS, reviewSite: 'https://factcheck.example/' }).reviewSite).toBe('https://factcheck.example/');
  });
});
