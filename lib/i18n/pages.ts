/** The extension pages' text (popup, dashboard, options, editor) in both languages. */
import type { UiLanguage } from './languages';
import { createTranslator, type Translate } from './translator';
import { PAGES_EN } from './messages/pages.en';
import { PAGES_VI } from './messages/pages.vi';
import { TYPES_EN } from './messages/types.en';
import { TYPES_VI } from './messages/types.vi';

const PAGES = { en: { ...PAGES_EN, ...TYPES_EN }, vi: { ...PAGES_VI, ...TYPES_VI } } as const;

export type PageText = Translate<(typeof PAGES)['en']>;

export function pageText(language: UiLanguage): PageText {
  return createTranslator<(typeof PAGES)['en']>(PAGES[language], language);
}
