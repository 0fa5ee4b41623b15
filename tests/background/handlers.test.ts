import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { TabStore } from '@/lib/tabs/tab-store';
import { smallKnowledgeBase } from '../support/small-kb';

describe('background handlers', () => {
  const badges = new Map<number, string>();
  const kb = smallKnowledgeBase();
  const handlers = createHandlers({
    knowledgeBase: async () => kb,
    tabs: new TabStore(browser.storage.session),
    setBadge: async (tabId, text) => {
      badges.set(tabId, text);
    },
  });

  beforeEach(() => {
    fakeBrowser.reset();
    badges.clear();
  });

  it('analyses a page, remembers its entities per tab and sets the badge', async () => {
    const reply = await handlers['page/analyse'](
      { url: 'https://news.example/a', title: 'Putin và Tập Cận Bình', lang: null, text: 'Tập Cận Bình gặp Putin ở Nga.' },
      { tabId: 4 },
    );
    expect(reply.lang).toBe('vi');
    expect(reply.mentions.map((mention) => mention.text)).toEqual(['Tập Cận Bình', 'Putin', 'Nga']);
    expect(badges.get(4)).toBe('3');

    const stored = await handlers['tab/entities']({ tabId: 4 }, { tabId: null });
    expect(stored?.title).toBe('Putin và Tập Cận Bình');
    expect(stored?.entities.map((entity) => entity.type)).toEqual(['LOC', 'PER', 'PER']);
    expect(await handlers['tab/entities']({ tabId: 5 }, { tabId: null })).toBeNull();
  });

  it('keeps tabs apart and survives a new store instance (a restarted worker)', async () => {
    await handlers['page/analyse']({ url: 'u1', title: 'one', lang: 'en', text: 'China and Russia' }, { tabId: 1 });
    await handlers['page/analyse']({ url: 'u2', title: 'two', lang: 'en', text: 'Kazakhstan' }, { tabId: 2 });
    const restarted = new TabStore(browser.storage.session);
    expect((await restarted.get(1))?.entities.map((entity) => entity.name)).toEqual(['China', 'Russia']);
    expect((await restarted.get(2))?.entities.map((entity) => entity.name)).toEqual(['Kazakhstan']);
    await restarted.forget(1);
    expect(await restarted.get(1)).toBeNull();
  });
});
