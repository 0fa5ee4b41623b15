/** The background's message handlers, built from their dependencies so tests can run them against a fake browser. */
import type { Handlers } from '../messaging/router';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { recognise } from '../ner/recognise';
import { detectLanguage } from '../text/language';
import { badgeText, summariseMentions } from '../tabs/summarise';
import type { TabStore } from '../tabs/tab-store';

export interface BackgroundDeps {
  knowledgeBase: () => Promise<KnowledgeBase>;
  tabs: TabStore;
  setBadge: (tabId: number, text: string) => Promise<void>;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    'page/analyse': async (payload, context) => {
      const kb = await deps.knowledgeBase();
      const lang = payload.lang ?? detectLanguage(payload.text) ?? 'en';
      const mentions = recognise(kb, payload.text, { lang: payload.lang ?? 'auto' });
      if (context.tabId !== null) {
        const entities = summariseMentions(mentions, kb, lang);
        await deps.tabs.put(context.tabId, { url: payload.url, title: payload.title, lang, entities });
        await deps.setBadge(context.tabId, badgeText(entities.length));
      }
      return { lang, mentions };
    },
    'tab/entities': (payload) => deps.tabs.get(payload.tabId),
  };
}
