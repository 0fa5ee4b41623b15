/**
 * Every message the extension's parts exchange, typed per direction.
 *
 * Each map entry names a message type and gives its payload and the reply the sender awaits. The background validates
 * every incoming payload at run time (see `schemas.ts`): the types here describe what well-behaved senders send, the
 * schemas decide what is accepted.
 */
import type { EntityType, Lang, Mention } from '../ner/types';
import type { Annotation, AnnotationTarget } from '../annotations/model';
import type { MergeCounts } from '../annotations/store';
import type { PageSettings } from '../settings/page-settings';

/** A store operation's answer: the result, or why it failed in words a reader understands. */
export type StoreReply<T> = { ok: true; value: T } | { ok: false; reason: 'invalid' | 'quota' | 'missing' | 'failed'; message: string };

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
  /** The article's publication date (ISO), or null when the page does not give one. */
  published: string | null;
  entities: EntitySummary[];
}

/** A related-event card: what happened, when, and why it is shown for this page. */
export interface EventCard {
  id: string;
  start: string;
  end: string;
  title: string;
  summary: string;
  /** "Vladimir Putin, Tập Cận Bình, Kazakhstan · 6 tuần sau bài báo này" */
  reason: string;
}

/** What the keyboard commands and the context menu do with the reader's selection. */
export type SelectionAction = 'highlight' | 'note' | 'claim' | 'entity';

/** What the entity card shows of a knowledge-base entity. */
export interface EntityDetails {
  id: string;
  type: EntityType;
  name: { vi: string; en: string };
  description: { vi: string; en: string };
  /** Other surface forms, display names excluded. */
  aliases: string[];
  wikidata?: string;
  /** Events of the bundled dataset this entity took part in, most recent first (at most a few). */
  events: Array<{ id: string; start: string; title: { vi: string; en: string } }>;
}

/**
 * One entity as the content script reports it: what, and how many times, not where. Folded in the page so that a
 * 250,000-word page sends a few hundred of these, not thirty thousand mentions.
 */
export interface ReportedMention {
  id: string | null;
  type: EntityType;
  /** The first surface text seen (the name of an entity the knowledge base does not know). */
  text: string;
  count: number;
}

/** Messages a content script sends to the background. */
export interface ContentToBackground {
  /**
   * Find the entities in a piece of the page's article text. The background runs the engine (the knowledge base
   * lives there once for all tabs, not once per page) and replies with the mentions; it keeps no state.
   */
  'page/analyse': {
    payload: { lang: Lang | null; text: string };
    reply: { lang: Lang; mentions: Mention[] };
  };
  /**
   * Everything the page highlights now, after a scan or a change: the background keeps it for the popup and the
   * toolbar badge. Sent whole rather than as deltas so a lost message can never leave the counts wrong.
   */
  'page/report': {
    payload: { url: string; title: string; lang: Lang; published: string | null; mentions: ReportedMention[] };
    reply: { entities: number };
  };
  /** The knowledge base's entry for an entity, for the card; null for an unknown id. */
  'entity/details': {
    payload: { id: string };
    reply: EntityDetails | null;
  };
  /** Saves an annotation (new or edited); the store validates it whatever the sender claims. */
  'annotation/save': {
    payload: { annotation: Annotation };
    reply: StoreReply<Annotation>;
  };
  /**
   * Opens an annotation that needs the reader's words (note, tag, claim, entity): the background keeps the target
   * and its tab, and the editor (an extension page in an iframe, out of the page's reach) picks it up by id.
   */
  'annotation/draft': {
    payload: { kind: 'note' | 'claim' | 'entity'; target: AnnotationTarget };
    reply: { draftId: string };
  };
  /**
   * The highlights are up: inject the content script's interface half (card, toolbar, annotations) into the sending
   * frame. Kept out of the first script so that the page's critical path compiles and runs as little as possible.
   */
  'content/load-ui': {
    payload: Record<string, never>;
    reply: { loaded: boolean };
  };
  /**
   * The reader's settings as they apply to the sending page's host: whether to read it, which types to show, in
   * which colours. Asked first thing, and again after `content/settings-changed`.
   */
  'content/settings': {
    payload: { hostname: string };
    reply: PageSettings;
  };
  /** The annotations filed under a page's canonical URL. */
  'annotation/list-page': {
    payload: { source: string };
    reply: StoreReply<Annotation[]>;
  };
}

/** Messages extension pages (popup, dashboard) send to the background. */
export interface PageToBackground {
  'annotation/delete': {
    payload: { id: string };
    reply: StoreReply<null>;
  };
  /** The editor's draft: what it annotates. */
  'annotation/draft-get': {
    payload: { draftId: string };
    reply: { kind: 'note' | 'claim' | 'entity'; target: AnnotationTarget } | null;
  };
  /** The editor is finished: with the saved annotation, or null when the reader cancelled. */
  'editor/done': {
    payload: { draftId: string; annotation: Annotation | null };
    reply: { ok: boolean };
  };
  /** Every annotation, for the dashboard. */
  'annotation/list-all': {
    payload: Record<string, never>;
    reply: StoreReply<Annotation[]>;
  };
  /** Deletes several annotations; each can be brought back with undo, last deleted first. */
  'annotation/delete-many': {
    payload: { ids: string[] };
    reply: StoreReply<number>;
  };
  /**
   * Imports annotations (a file the reader previewed): one transaction, a newer `modified` wins for an id already
   * stored, all or nothing. Each item is validated by the store.
   */
  'annotation/merge': {
    payload: { annotations: unknown[] };
    reply: StoreReply<MergeCounts>;
  };
  /** Erases every annotation and the undo log (the reader confirmed it). */
  'annotation/erase-all': {
    payload: Record<string, never>;
    reply: StoreReply<number>;
  };
  /** Reverts the last save or delete. */
  'annotation/undo': {
    payload: Record<string, never>;
    reply: StoreReply<string | null>;
  };
  /** The entities found on a tab's page, or null when that tab has not been analysed. */
  'tab/entities': {
    payload: { tabId: number };
    reply: TabEntities | null;
  };
  /** Events related to a tab's page, best first (empty when it has no linked entities). */
  'tab/events': {
    payload: { tabId: number; limit: number };
    reply: EventCard[];
  };
}

/** The addresses a page's annotations are filed under, and which of its saved annotations were found in its text. */
export interface AnnotationStatus {
  /**
   * One per story on the page, the story the address bar names first: one on most pages, several on an endless feed,
   * whose stories each file their notes under their own address; none before the page has one.
   */
  sources: string[];
  anchored: string[];
  orphaned: string[];
}

/** Messages the background or an extension page sends to a tab's content script. */
export interface BackgroundToContent {
  /** Is the content script alive in this tab, and how many mentions does it highlight? */
  'content/status': {
    payload: Record<string, never>;
    reply: {
      highlighted: number;
      isArticle: boolean;
      site: string;
      annotations: AnnotationStatus;
    };
  };
  /** The article text the page was read from, for the JSONL and CoNLL exports; null before any scan. */
  'page/text': {
    payload: Record<string, never>;
    reply: { url: string; title: string; lang: Lang; text: string } | null;
  };
  /** The reader changed a setting: ask for this page's settings again and apply them (a site turned on or off too). */
  'content/settings-changed': {
    payload: Record<string, never>;
    reply: { applied: boolean };
  };
  /** "Scan this page": read a page that is not an article (or re-read one). */
  'page/scan': {
    payload: Record<string, never>;
    reply: { highlighted: number };
  };
  /** A keyboard command on the reader's selection. */
  'selection/annotate': {
    payload: { action: SelectionAction };
    reply: { done: boolean };
  };
  /** The editor closed: show the saved annotation (if any) and remove the editor's frame. */
  'editor/closed': {
    payload: { annotation: Annotation | null };
    reply: { shown: boolean };
  };
  /** Move to the next or previous mention (the keyboard command), or to the first mention of one entity. */
  'mention/focus': {
    payload: { direction: 'next' | 'previous' } | { entityKey: string };
    reply: { focused: boolean };
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
