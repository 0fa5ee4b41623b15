/**
 * The reader's interface language, read from the settings and the browser. Kept out of lib/i18n, which runs in Node
 * and so never touches the browser's APIs itself.
 */
import { browser } from 'wxt/browser';
import { resolveLanguage, type UiLanguage } from '@/lib/i18n/languages';
import { SETTINGS_KEY, storedInterfaceLanguage } from '@/lib/settings/stored-language';

function languageOf(stored: unknown): UiLanguage {
  return resolveLanguage(storedInterfaceLanguage(stored), browser.i18n.getUILanguage());
}

export async function readInterfaceLanguage(): Promise<UiLanguage> {
  return languageOf((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Calls `onChange` with the language each time the settings are saved; returns the function that stops it. */
export function watchInterfaceLanguage(onChange: (language: UiLanguage) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(languageOf(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
