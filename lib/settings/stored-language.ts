/**
 * The interface language as the stored settings name it, read without the settings schema: the content script's
 * interface half draws its card and toolbar in it, and building the whole schema (lib/settings/settings.ts) cost it
 * about half a millisecond on every page read. The answer is readSettings(stored).interfaceLanguage's.
 */

/** The `storage.local` key the settings live under. */
export const SETTINGS_KEY = 'settings';

export const INTERFACE_LANGUAGES = ['auto', 'vi', 'en'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** The stored choice when it is one of ours, else "auto" (the default), as a settings value that fails its schema keeps its valid parts. */
export function storedInterfaceLanguage(stored: unknown): InterfaceLanguage {
  const chosen = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>)['interfaceLanguage'] : undefined;
  return INTERFACE_LANGUAGES.find((language) => language === chosen) ?? 'auto';
}
