/**
 * Every message the extension's parts exchange, typed per direction.
 *
 * Each map entry names a message type and gives its payload and the reply the sender awaits. The background validates
 * every incoming payload at run time (see `schemas.ts`): the types here describe what well-behaved senders send, the
 * schemas decide what is accepted.
 */
import type { EntityType, Lang, Mention } from '../ner/types';

/** One entity as the popup and the badge see it: all mentions of the same thing folded together. */
export interface EntitySummary {
  /** Knowledge-base id, or `type:text` for an unlinked name. */
  key: string;
  id: string | null;
  type: EntityType;
  /** Display name in the page's language (the surface text for unlinked names). */
  name: string;
  /** Mentions of this entity on the page. */
  count: number;
}

/** What the background knows about one tab's page. */
export interface TabEntities {
  url: string;
  title: string;
  lang: Lang;
  entities: EntitySummary[];
}

/** Messages a content script sends to the background. */
export interface ContentToBackground {
  /**
   * Analyse the article text of the sender's tab. The background runs the entity engine (the knowledge base lives
   * there once for all tabs, not once per page), remembers the summary for the popup and the badge, and replies with
   * the mentions so the content script can highlight them.
   */
  'page/analyse': {
    payload: { url: string; title: string; lang: Lang | null; text: string };
    reply: { lang: Lang; mentions: Mention[] };
  };
}

/** Messages extension pages (popup, dashboard) send to the background. */
export interface PageToBackground {
  /** The entities found on a tab's page, or null when that tab has not been analysed. */
  'tab/entities': {
    payload: { tabId: number };
    reply: TabEntities | null;
  };
}

/** Messages the background (or an extension page) sends to a tab's content script. */
export interface BackgroundToContent {
  /** Is the content script alive in this tab, and how many mentions does it highlight? */
  'content/status': {
    payload: Record<string, never>;
    reply: { highlighted: number };
  };
}

export type MessageMap = ContentToBackground & PageToBackground & BackgroundToContent;
export type MessageType = keyof MessageMap;
export type Payload<T extends MessageType> = MessageMap[T]['payload'];
export type Reply<T extends MessageType> = MessageMap[T]['reply'];

/** The wire form of every message. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
