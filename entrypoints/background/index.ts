import { browser, type PublicPath } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { loadCompiledKnowledgeBase } from '@/lib/knowledge/load-compiled';
import type { KnowledgeBase } from '@/lib/knowledge/knowledge-base';
import { createRouter } from '@/lib/messaging/router';
import { sendToTab } from '@/lib/messaging/send';
import { TabStore } from '@/lib/tabs/tab-store';
import { AnnotationStore } from '@/lib/annotations/store';
import type { CompiledEvent } from '@/lib/events/compile';
import type { SelectionAction } from '@/lib/messaging/protocol';
import { menuTitles } from '@/lib/i18n/manifest';
import type { UiLanguage } from '@/lib/i18n/languages';
import { readInterfaceLanguage, watchInterfaceLanguage } from '@/components/interface-language';
import { loadSettings } from '@/lib/settings/settings-store';
import { SETTINGS_KEY } from '@/lib/settings/settings';

/** Emitted by the build hook in wxt.config.ts, so WXT's list of public paths does not know it. */
const KB_PATH = '/kb.json' as PublicPath;
const EVENTS_PATH = '/events.json' as PublicPath;
/** The content script's interface half (entrypoints/reader-ui.content), injected once a page's highlights are up. */
const CONTENT_UI_PATH = '/content-scripts/reader-ui.js';

export default defineBackground(() => {
  // Loaded on first use and kept for the worker's life: one copy for all tabs instead of one per page.
  let knowledgeBase: Promise<KnowledgeBase> | null = null;
  const loadKnowledgeBase = (): Promise<KnowledgeBase> => {
    knowledgeBase ??= loadCompiledKnowledgeBase(browser.runtime.getURL(KB_PATH)).catch((error: unknown) => {
      knowledgeBase = null;
      throw error;
    });
    return knowledgeBase;
  };

  let annotations: Promise<AnnotationStore> | null = null;
  const openAnnotations = (): Promise<AnnotationStore> => {
    annotations ??= AnnotationStore.open().catch((error: unknown) => {
      annotations = null;
      throw error;
    });
    return annotations;
  };

  let events: Promise<CompiledEvent[]> | null = null;
  const loadEvents = (): Promise<CompiledEvent[]> => {
    // Built and validated by our own build (wxt.config.ts), like kb.json.
    events ??= fetch(browser.runtime.getURL(EVENTS_PATH)).then((response) => response.json() as Promise<CompiledEvent[]>);
    return events;
  };

  const tabs = new TabStore(browser.storage.session);
  const route = createRouter(
    createHandlers({
      knowledgeBase: loadKnowledgeBase,
      annotations: openAnnotations,
      events: loadEvents,
      now: () => new Date(),
      newId: () => crypto.randomUUID(),
      editorClosed: async (tabId, annotation) => {
        await sendToTab(tabId, 'editor/closed', { annotation }).catch(() => undefined);
      },
      tabs,
      injectContentUi: async (tabId, frameId) => {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_UI_PATH] });
      },
      setBadge: async (tabId, text) => {
        await browser.action.setBadgeText({ tabId, text });
        await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e79' });
      },
      settings: () => loadSettings(browser.storage.local),
    }),
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );

  browser.runtime.onMessage.addListener((message, sender) => {
    const result = route(message, sender);
    if (!result.accepted) {
      console.warn(`NewsLens dropped a message: ${result.reason}`);
      return undefined;
    }
    return result.reply;
  });

  browser.commands.onCommand.addListener((command) => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      if (tab?.id === undefined) return;
      // A tab without our content script (a browser page) has no one to answer: nothing to do there.
      if (command === 'next-mention' || command === 'previous-mention') {
        await sendToTab(tab.id, 'mention/focus', { direction: command === 'next-mention' ? 'next' : 'previous' }).catch(() => null);
      } else if (command === 'highlight-selection' || command === 'note-selection') {
        await sendToTab(tab.id, 'selection/annotate', { action: command === 'highlight-selection' ? 'highlight' : 'note' }).catch(() => null);
      }
    });
  });

  // The same actions as the selection toolbar, from the context menu on selected text, titled in the reader's
  // interface language. Menus outlive the worker, so they are retitled when that language may have changed.
  const menu: SelectionAction[] = ['highlight', 'note', 'claim', 'entity'];
  const retitleMenu = (language: UiLanguage): void => {
    const titles = menuTitles(language);
    for (const id of menu) void browser.contextMenus.update(id, { title: titles[id] }).catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(() => {
    void Promise.all([readInterfaceLanguage(), browser.contextMenus.removeAll()]).then(([language]) => {
      const titles = menuTitles(language);
      browser.contextMenus.create({ id: 'newslens', title: 'NewsLens', contexts: ['selection'] });
      for (const id of menu) browser.contextMenus.create({ id, parentId: 'newslens', title: titles[id], contexts: ['selection'] });
    });
  });
  browser.runtime.onStartup.addListener(() => void readInterfaceLanguage().then(retitleMenu));
  watchInterfaceLanguage(retitleMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const action = menu.find((id) => id === info.menuItemId);
    if (action && tab?.id !== undefined) void sendToTab(tab.id, 'selection/annotate', { action }).catch(() => null);
  });

  // Open tabs follow the settings live. Their content scripts ask for their page's settings rather than reading
  // storage themselves (lib/settings/page-settings.ts), so they are told when to ask again. A tab without our
  // content script (a browser page) has no one to answer.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    void browser.tabs.query({}).then((open) => {
      for (const tab of open) {
        if (tab.id !== undefined) void sendToTab(tab.id, 'content/settings-changed', {}).catch(() => null);
      }
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.forget(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document replaces the old one's entities; its content script reports afresh.
    if (change.status === 'loading' && change.url !== undefined) void tabs.forget(tabId);
  });
});
