/**
 * The manifest's text through the browser's own i18n (`__MSG_key__`, `_locales/<lang>/messages.json`, generated at
 * build time from lib/i18n so it never drifts), and the context menu titles the background sets itself.
 */
import { REFERENCE_LANGUAGE, UI_LANGUAGES, type UiLanguage } from './languages';
import type { SelectionAction } from '../messaging/protocol';
import { MANIFEST_EN, type ManifestKey } from './messages/manifest.en';
import { MANIFEST_VI } from './messages/manifest.vi';

const MANIFEST: Record<UiLanguage, Record<ManifestKey, string>> = { en: MANIFEST_EN, vi: MANIFEST_VI };

/** The manifest's `default_locale`: the language of any browser we have no translation for. */
export const DEFAULT_LOCALE = REFERENCE_LANGUAGE;

/** A manifest field that the browser fills in from `_locales` in its own language. */
export function manifestMessage(key: ManifestKey): `__MSG_${ManifestKey}__` {
  return `__MSG_${key}__`;
}

/** `_locales/<lang>/messages.json` for each language, as path and content. */
export function localeFiles(): Array<{ path: string; contents: string }> {
  return UI_LANGUAGES.map((language) => {
    const messages = Object.fromEntries(Object.entries(MANIFEST[language]).map(([key, message]) => [key, { message }]));
    return { path: `_locales/${language}/messages.json`, contents: `${JSON.stringify(messages, null, 2)}\n` };
  });
}

/** The context menu's item for each selection action, in the given language. */
export function menuTitles(language: UiLanguage): Record<SelectionAction, string> {
  const text = MANIFEST[language];
  return { highlight: text.menuHighlight, note: text.menuNote, claim: text.menuClaim, entity: text.menuEntity };
}
