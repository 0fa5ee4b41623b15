/** The background's message handlers, built from their dependencies so tests can run them against a fake browser. */
import type { Handlers } from '../messaging/router';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { recognise } from '../ner/recognise';
import { detectLanguage } from '../text/language';
import { badgeText, summariseMentions } from '../tabs/summarise';
import type { TabStore } from '../tabs/tab-store';
import { StoreError, type AnnotationStore } from '../annotations/store';
import type { StoreReply } from '../messaging/protocol';
import type { CompiledEvent } from '../events/compile';
import type { Annotation, AnnotationTarget } from '../annotations/model';
import { rankEvents } from '../events/rank';
import { applyCorrections, correctionsFrom, type Correction } from '../ner/corrections';
import { annotationSchema } from '../annotations/model';
import { withWikidataLinks } from '../annotations/wikidata-links';
import * as v from 'valibot';
import type { Settings } from '../settings/settings';
import { pageSettings } from '../settings/page-settings';

export interface BackgroundDeps {
  knowledgeBase: () => Promise<KnowledgeBase>;
  annotations: () => Promise<AnnotationStore>;
  events: () => Promise<readonly CompiledEvent[]>;
  now: () => Date;
  /** Tells a tab's content script that its editor closed (with what was saved, if anything). */
  editorClosed: (tabId: number, annotation: Annotation | null) => Promise<void>;
  newId: () => string;
  tabs: TabStore;
  setBadge: (tabId: number, text: string) => Promise<void>;
  /** Injects the content script's interface half into one frame of a tab. */
  injectContentUi: (tabId: number, frameId: number) => Promise<void>;
  /** The reader's settings, validated (the defaults where a stored value is missing or corrupt). */
  settings: () => Promise<Settings>;
}

/** Events listed on an entity's card. */
const ENTITY_EVENTS = 3;

interface Draft {
  kind: 'note' | 'claim' | 'entity';
  target: AnnotationTarget;
  tabId: number;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  // Drafts live as long as the worker: an editor reads its draft once, when it opens.
  const drafts = new Map<string, Draft>();
  // The reader's entity corrections, read once and again after any change to the annotations.
  let corrections: Promise<Correction[]> | null = null;
  const loadCorrections = (): Promise<Correction[]> => {
    corrections ??= deps
      .annotations()
      .then((store) => store.ofKind('entity'))
      .then(correctionsFrom)
      .catch(() => {
        corrections = null;
        return [];
      });
    return corrections;
  };
  const changed = <T>(reply: StoreReply<T>): StoreReply<T> => {
    corrections = null;
    return reply;
  };
  return {
    'annotation/draft': async (payload, context) => {
      if (context.tabId === null) throw new Error('drafts come from tabs');
      const draftId = deps.newId();
      drafts.set(draftId, { kind: payload.kind, target: payload.target, tabId: context.tabId });
      return { draftId };
    },
    'annotation/draft-get': async (payload) => {
      const draft = drafts.get(payload.draftId);
      return draft ? { kind: draft.kind, target: draft.target } : null;
    },
    'editor/done': async (payload) => {
      const draft = drafts.get(payload.draftId);
      if (!draft) return { ok: false };
      drafts.delete(payload.draftId);
      // Only an annotation the store holds is shown: the editor's word alone is not enough.
      const saved = payload.annotation ? ((await (await deps.annotations()).get(payload.annotation.id)) ?? null) : null;
      await deps.editorClosed(draft.tabId, saved);
      return { ok: true };
    },
    'page/analyse': async (payload) => {
      const [kb, reader] = await Promise.all([deps.knowledgeBase(), loadCorrections()]);
      const lang = payload.lang ?? detectLanguage(payload.text) ?? 'en';
      const mentions = recognise(kb, payload.text, { lang: payload.lang ?? 'auto' });
      return { lang, mentions: applyCorrections(payload.text, mentions, reader) };
    },
    'page/report': async (payload, context) => {
      const kb = await deps.knowledgeBase();
      const entities = summariseMentions(payload.mentions, kb, payload.lang);
      if (context.tabId !== null) {
        await deps.tabs.put(context.tabId, {
          url: payload.url,
          title: payload.title,
          lang: payload.lang,
          published: payload.published,
          entities,
        });
        await deps.setBadge(context.tabId, badgeText(entities.length));
      }
      return { entities: entities.length };
    },
    'entity/details': async (payload) => {
      const [kb, events] = await Promise.all([deps.knowledgeBase(), deps.events()]);
      const entity = kb.get(payload.id);
      if (!entity) return null;
      const involved = events
        .filter((event) => event.place === entity.id || event.participants.includes(entity.id))
        .sort((a, b) => b.start.localeCompare(a.start))
        .slice(0, ENTITY_EVENTS)
        .map(({ id, start, title }) => ({ id, start, title }));
      const names = new Set([entity.name.vi, entity.name.en]);
      return {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        description: entity.description,
        aliases: entity.forms.filter((form) => !names.has(form)),
        events: involved,
        ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
      };
    },
    'tab/entities': (payload) => deps.tabs.get(payload.tabId),
    'tab/events': async (payload) => {
      const page = await deps.tabs.get(payload.tabId);
      if (!page) return [];
      const [kb, events] = await Promise.all([deps.knowledgeBase(), deps.events()]);
      const ranked = rankEvents(
        events,
        {
          entities: page.entities.flatMap((entity) => (entity.id ? [{ id: entity.id, type: entity.type, count: entity.count }] : [])),
          published: page.published ? new Date(page.published) : null,
          lang: page.lang,
        },
        { today: deps.now(), limit: payload.limit, names: (id) => kb.get(id)?.name },
      );
      const byId = new Map(events.map((event) => [event.id, event]));
      return ranked.flatMap((result) => {
        const event = byId.get(result.id);
        if (!event) return [];
        const { id, start, end, title, summary } = event;
        return [{ id, start, end, title: title[page.lang], summary: summary[page.lang], reason: result.reason }];
      });
    },
    'annotation/save': async (payload) => {
      const checked = v.safeParse(annotationSchema, payload.annotation);
      // Without the knowledge base the annotation is saved unlinked rather than not at all. The store opens
      // meanwhile: after a worker restart both are loading, and the save waits for the slower, not for the sum.
      void deps.annotations().catch(() => undefined);
      const kb = checked.success ? await deps.knowledgeBase().catch(() => null) : null;
      // An invalid annotation goes to the store as it came, which refuses it with the reason.
      const linked = checked.success ? withWikidataLinks(checked.output, (id) => kb?.get(id)?.wikidata) : payload.annotation;
      return changed(await stored(deps, (store) => store.save(linked)));
    },
    'content/load-ui': async (_payload, { tabId, frameId }) => {
      if (tabId === null) return { loaded: false };
      await deps.injectContentUi(tabId, frameId ?? 0);
      return { loaded: true };
    },
    'content/settings': async (payload) => pageSettings(await deps.settings(), payload.hostname),
    'annotation/list-page': (payload) => stored(deps, (store) => store.forPage(payload.source)),
    'annotation/delete': async (payload) =>
      changed(
        await stored(deps, async (store) => {
          await store.delete(payload.id);
          return null;
        }),
      ),
    'annotation/undo': async () => changed(await stored(deps, (store) => store.undo())),
    'annotation/list-all': () => stored(deps, (store) => store.all()),
    'annotation/delete-many': async (payload) => changed(await stored(deps, (store) => store.deleteMany(payload.ids))),
    'annotation/merge': async (payload) => changed(await stored(deps, (store) => store.merge(payload.annotations))),
    'annotation/erase-all': async () => changed(await stored(deps, (store) => store.eraseAll())),
  };
}

/** Runs a store operation and turns its failure into a reply the interface can show. */
async function stored<T>(deps: BackgroundDeps, operation: (store: AnnotationStore) => Promise<T>): Promise<StoreReply<T>> {
  try {
    return { ok: true, value: await operation(await deps.annotations()) };
  } catch (error) {
    if (error instanceof StoreError) return { ok: false, reason: error.reason, message: error.message };
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
