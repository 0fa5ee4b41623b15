/**
 * Per-tab page summaries, kept in `storage.session` so they survive the service worker being stopped (MV3 stops an
 * idle worker after about 30 s; in-memory maps would forget every tab) and vanish when the browser closes.
 */
import type { TabEntities } from '../messaging/protocol';

/** The part of `browser.storage.session` the store needs. */
export interface SessionStorageArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

const keyFor = (tabId: number): string => `tab:${tabId}`;

export class TabStore {
  constructor(private readonly area: SessionStorageArea) {}

  async get(tabId: number): Promise<TabEntities | null> {
    const key = keyFor(tabId);
    const stored = (await this.area.get(key))[key];
    return (stored as TabEntities | undefined) ?? null;
  }

  async put(tabId: number, entities: TabEntities): Promise<void> {
    await this.area.set({ [keyFor(tabId)]: entities });
  }

  async forget(tabId: number): Promise<void> {
    await this.area.remove(keyFor(tabId));
  }
}
