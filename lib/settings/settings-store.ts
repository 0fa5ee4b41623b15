/** Reads and writes the settings in `storage.local` (open tabs are told of changes by the background). */
import { readSettings, SETTINGS_KEY, type Settings } from './settings';

/** The part of `browser.storage.local` the store needs. */
export interface LocalStorageArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: LocalStorageArea): Promise<Settings> {
  return readSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(area: LocalStorageArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}
