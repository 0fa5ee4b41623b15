// First import: marks the start before the rest of the bundle is evaluated (see lib/content/start-mark.ts).
import '@/lib/content/start-mark';
import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { densestTextBlock, findArticleRoot, isArticlePage } from '@/lib/page/article-root';
import { PageSession } from '@/lib/content/page-session';
import { createTaskClock, DONE_MARK, MAIN_MARK, START_MARK } from '@/lib/content/task-clock';
import { HighlightMarks, type MentionMarks } from '@/lib/render/highlighter';
import { WrapperMarks } from '@/lib/render/wrapper-marks';
import { colourRules } from '@/lib/render/colour-rules';
import { DEFAULT_SETTINGS, isSiteEnabled, readSettings, runsByItself, SETTINGS_KEY } from '@/lib/settings/settings';
import { languageFromTag } from '@/lib/text/language';
import { publishedDate } from '@/lib/page/published-date';
import { canonicalUrl } from '@/lib/annotations/canonical-url';
import { sendToBackground } from '@/lib/messaging/send';
import { publishCore, type ContentUi } from '@/lib/content/bridge';
import { pageShortcut } from '@/lib/content/page-shortcuts';
import type { BackgroundToContent, ReportedMention } from '@/lib/messaging/protocol';
import type { Lang } from '@/lib/ner/types';
import { contentMessageSchema } from '@/lib/messaging/schemas';
import * as v from 'valibot';

/** How long a message that needs the interface half waits for it to be injected. */
const UI_WAIT_MS = 5_000;

/**
 * The content script's core: reads the article and registers its highlights, nothing else on the page's critical
 * path. The card, the selection toolbar and saved annotations live in the interface half (entrypoints/reader-ui.content),
 * which the background injects once the highlights are up.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark(MAIN_MARK);
    const clock = createTaskClock();
    // Module evaluation counts as the first slice: it is main-thread time the page pays for the extension.
    clock.resume(performance.getEntriesByName(START_MARK, 'mark')[0]?.startTime);
    const settingsRead = browser.storage.local.get(SETTINGS_KEY);
    const highlightApi = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
    const marks: MentionMarks = highlightApi
      ? new HighlightMarks({ registry: CSS.highlights, create: () => new Highlight() })
      : new WrapperMarks();
    // Read once, when first reported: the date is for the popup, not for the highlights.
    let published: string | null | undefined;
    const report = (lang: Lang, mentions: ReportedMention[]): void => {
      ui.current?.pageChanged();
      published ??= publishedDate(document)?.toISOString() ?? null;
      void sendToBackground('page/report', { url: location.href, title: document.title, lang, published, mentions }).catch(() => undefined);
    };
    const session = new PageSession(
      {
        doc: document,
        analyse: (text, lang) => sendToBackground('page/analyse', { lang, text }),
        report,
        marks,
        marksEditDom: marks instanceof WrapperMarks,
        clock,
        signal: ctx.signal,
        // Firefox and Chromium both have requestIdleCallback; the timeout bounds the wait on a busy page.
        whenIdle: (callback) => window.requestIdleCallback(callback, { timeout: 500 }),
      },
      languageFromTag(document.documentElement.getAttribute('lang')),
    );
    const ui = interfaceHalf(ctx);
    holdEarlyInput(ui);
    publishCore({ session, marks, language: () => session.language, attachUi: ui.attach, hasUi: () => ui.current !== null });

    clock.pause();
    let settings = readSettings((await settingsRead)[SETTINGS_KEY]);
    clock.resume();
    let colourSheet: CSSStyleSheet | null = null;
    const applyLook = (): void => {
      marks.setShownTypes(settings.shownTypes);
      const rules = colourRules(settings.colours, DEFAULT_SETTINGS.colours);
      // Only readers who changed a colour get a sheet: adopting one makes the page recompute its styles.
      if (!rules && !colourSheet) return;
      if (!colourSheet) {
        colourSheet = new CSSStyleSheet();
        // An adopted sheet styles our highlights without adding an element to the page.
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, colourSheet];
      }
      colourSheet.replaceSync(rules);
    };
    applyLook();

    const isArticle = isArticlePage(document);
    const scan = (root: Element | null): Promise<number> => (root ? session.scan(root) : Promise.resolve(0));
    // Read by itself: the article, or on a listed news site without markup, its densest block of paragraphs.
    const readByItself = (): Promise<number> => scan(findArticleRoot(document) ?? densestTextBlock(document) ?? document.body);
    // Listening starts before the first scan, so a message or a settings change during it is not missed.
    listenForMessages(ctx, {
      status: async () => ({
        highlighted: session.mentions.size,
        isArticle,
        site: location.hostname,
        annotations: (await ui.ready(UI_WAIT_MS))?.status() ?? { source: null, anchored: [], orphaned: [] },
      }),
      scan: async () => {
        const highlighted = await scan(findArticleRoot(document) ?? document.body);
        // Names are highlighted now: the card comes with them.
        ui.load();
        return { highlighted };
      },
      text: () => {
        const text = session.currentText();
        return text === null ? null : { url: location.href, title: document.title, lang: session.language, text };
      },
      ui: ui.ready,
    });

    const onSettingsChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      const before = settings;
      settings = readSettings(changes[SETTINGS_KEY]?.newValue);
      applyLook();
      const wasOn = isSiteEnabled(before, location.hostname);
      const isOn = isSiteEnabled(settings, location.hostname);
      if (wasOn && !isOn) {
        ui.current?.closeAll();
        session.stop();
        void sendToBackground('page/report', { url: location.href, title: document.title, lang: session.language, published: published ?? null, mentions: [] });
      } else if (!wasOn && isOn && runsByItself(settings, location.hostname, isArticle)) {
        void readByItself().then(() => ui.load());
      }
    };
    browser.storage.onChanged.addListener(onSettingsChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettingsChanged));

    const reading = runsByItself(settings, location.hostname, isArticle);
    if (reading) await readByItself();
    clock.pause();
    performance.mark(DONE_MARK);
    // With highlights, the interface half (the card) is injected now: its evaluation is a task of its own, off their
    // path. Elsewhere it waits to be wanted: a selection, a shortcut, a message, or saved annotations to show.
    if (reading) ui.load();
    else loadForSavedAnnotations(ui);
  },
});

/** A page not read by itself still shows the reader's saved annotations: the interface half comes when there are some. */
function loadForSavedAnnotations(ui: InterfaceHalf): void {
  const source = canonicalUrl(document, location.href);
  if (!source) return;
  void sendToBackground('annotation/list-page', { source })
    .then((reply) => {
      if (reply.ok && reply.value.length > 0) ui.load();
    })
    .catch(() => undefined);
}

/**
 * Until the interface half is there, the reader's hover, selection and shortcuts are kept for it instead of being
 * lost: the last pointer position is hit-tested when it attaches, a selection asks for it and gets the toolbar, and
 * a shortcut waits for it. The listeners go once it is there (it has its own).
 */
function holdEarlyInput(ui: InterfaceHalf): void {
  const early = new AbortController();
  let pointer: { x: number; y: number } | null = null;
  let selected = false;
  const onSelectionEnd = (event: Event): void => {
    if (!event.isTrusted || getSelection()?.isCollapsed !== false) return;
    selected = true;
    ui.load();
  };
  document.addEventListener('mouseup', onSelectionEnd, { signal: early.signal });
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.shiftKey) onSelectionEnd(event);
    },
    { signal: early.signal },
  );
  document.addEventListener(
    'mousemove',
    (event) => {
      pointer = event.buttons === 0 ? { x: event.clientX, y: event.clientY } : null;
    },
    { passive: true, signal: early.signal },
  );
  window.addEventListener(
    'keydown',
    (event) => {
      const shortcut = pageShortcut(event);
      if (!shortcut) return;
      event.preventDefault();
      void ui.ready(UI_WAIT_MS).then((attached) => {
        if (shortcut.kind === 'focus') attached?.focus({ direction: shortcut.direction });
        else attached?.annotate(shortcut.action);
      });
    },
    { signal: early.signal },
  );
  ui.onAttach((attached) => {
    early.abort();
    if (pointer) attached.hover(pointer.x, pointer.y);
    if (selected) attached.selectionEnded();
  });
}

interface InterfaceHalf {
  attach(ui: ContentUi): void;
  /** Runs once the interface half is attached (at once if it already is). */
  onAttach(callback: (ui: ContentUi) => void): void;
  /** Injects the interface half (once). */
  load(): void;
  /** The interface half, injected on demand; null if it did not start within `timeoutMs`. */
  ready(timeoutMs: number): Promise<ContentUi | null>;
  readonly current: ContentUi | null;
}

function interfaceHalf(ctx: ContentScriptContext): InterfaceHalf {
  let current: ContentUi | null = null;
  let requested = false;
  const waiting: Array<(ui: ContentUi) => void> = [];
  const load = (): void => {
    if (requested || ctx.isInvalid) return;
    requested = true;
    void sendToBackground('content/load-ui', {}).catch(() => {
      requested = false;
    });
  };
  return {
    attach(ui) {
      current = ui;
      for (const resolve of waiting.splice(0)) resolve(ui);
    },
    load,
    onAttach(callback) {
      if (current) callback(current);
      else waiting.push(callback);
    },
    ready(timeoutMs) {
      if (current) return Promise.resolve(current);
      load();
      return new Promise((resolve) => {
        waiting.push(resolve);
        setTimeout(() => resolve(null), timeoutMs);
      });
    },
    get current() {
      return current;
    },
  };
}

interface MessageHandlers {
  status(): Promise<BackgroundToContent['content/status']['reply']>;
  scan(): Promise<{ highlighted: number }>;
  text(): BackgroundToContent['page/text']['reply'];
  ui(timeoutMs: number): Promise<ContentUi | null>;
}

/** Messages from the extension's own pages and worker (a page cannot reach runtime.onMessage); still validated. */
function listenForMessages(ctx: ContentScriptContext, handlers: MessageHandlers): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    const parsed = v.safeParse(contentMessageSchema, message);
    if (!parsed.success) return undefined;
    const request = parsed.output;
    if (request.type === 'content/status') return handlers.status();
    if (request.type === 'page/scan') return handlers.scan();
    if (request.type === 'page/text') return Promise.resolve(handlers.text());
    // The rest needs the card, the toolbar or the editor: the interface half, injected now if it is not there yet.
    return handlers.ui(UI_WAIT_MS).then((ui) => {
      if (request.type === 'editor/closed') return ui?.editorClosed(request.payload.annotation) ?? { shown: false };
      if (request.type === 'selection/annotate') return ui?.annotate(request.payload.action) ?? { done: false };
      return ui?.focus(request.payload) ?? { focused: false };
    });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
