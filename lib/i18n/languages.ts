/**
 * The interface's two languages and how the reader's setting picks one. The browser's own i18n API cannot be
 * switched at run time, so the extension's pages, card and toolbar look their text up in lib/i18n's dictionaries,
 * in the language chosen here; only the manifest (name, commands) goes through `_locales`.
 */
import type { InterfaceLanguage } from '../settings/settings';

export const UI_LANGUAGES = ['en', 'vi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** English is the reference language and the fallback for any browser language other than Vietnamese. */
export const REFERENCE_LANGUAGE: UiLanguage = 'en';

/**
 * The language to show: the reader's choice, or for 'auto' the browser's (`browser.i18n.getUILanguage()`, e.g.
 * "vi", "vi-VN", "en-GB"). Passed in rather than read here so this runs in Node and in tests.
 */
export function resolveLanguage(setting: InterfaceLanguage, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return /^vi(?:[-_]|$)/i.test(browserLanguage.trim()) ? 'vi' : 'en';
}

/**
 * The locale dates and numbers are formatted in. British English, like the interface's spelling ("organisations",
 * "colour"): day before month, never the ambiguous 05/06.
 */
export function localeOf(language: UiLanguage): string {
  return language === 'vi' ? 'vi-VN' : 'en-GB';
}

/** Each language named in itself, the same whatever the interface's language, so a reader can always find theirs. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { vi: 'Tiếng Việt', en: 'English' };
