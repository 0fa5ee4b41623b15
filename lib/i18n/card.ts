/** The content script's text (entity card, selection toolbar) in both languages, and nothing of the pages'. */
import type { UiLanguage } from './languages';
import { createTranslator, type Translate } from './translator';
import { CARD_EN } from './messages/card.en';
import { CARD_VI } from './messages/card.vi';
import { TYPES_EN } from './messages/types.en';
import { TYPES_VI } from './messages/types.vi';

const CARD = { en: { ...CARD_EN, ...TYPES_EN }, vi: { ...CARD_VI, ...TYPES_VI } } as const;

export type CardText = Translate<(typeof CARD)['en']>;

export function cardText(language: UiLanguage): CardText {
  return createTranslator<(typeof CARD)['en']>(CARD[language], language);
}
