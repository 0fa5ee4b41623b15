import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findArticleRoot, isArticlePage } from '@/lib/page/article-root';
import { PageSession } from '@/lib/content/page-session';
import { createTaskClock, DONE_MARK, START_MARK } from '@/lib/content/task-clock';
import { HighlightMarks, type MentionMarks } from '@/lib/render/highlighter';
import { WrapperMarks } from '@/lib/render/wrapper-marks';
import { colourRules } from '@/lib/render/colour-rules';
import { DEFAULT_SETTINGS, isSiteEnabled, readSettings, runsByItself, SETTINGS_KEY } from '@/lib/settings/settings';
import { languageFromTag } from '@/lib/text/language';
import { publishedDate } from '@/lib/page/published-date';
import { sendToBackground } from '@/lib/messaging/send';
import { createCardController } from './card-controller';
import { createAnnotationController } from './annotation-controller';
import { AnnotationMarks } from '@/lib/render/annotation-marks';
import type { BackgroundToContent, SelectionAction } from '@/lib/messaging/protocol';
import type { Annotation } from '@/lib/annotations/model';
import { contentMessageSchema } from '@/lib/messaging/schemas';
import * as v from 'valibot';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark(START_MARK);
    const clock = createTaskClock();
    const published = publishedDate(document)?.toISOString() ?? null;
    // Setup is main-thread work too: it is measured like every other slice.
    clock.resume();
    const highlightApi = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
    const marks: MentionMarks = highlightApi
      ? new HighlightMarks({ registry: CSS.highlights, create: () => new Highlight() })
      : new WrapperMarks();
    const session = new PageSession(
      {
        doc: document,
        analyse: (text, lang) => sendToBackground('page/analyse', { lang, text }),
        report: (lang, mentions) => {
          // The page changed (or was read): annotations not found before may be there now.
          annotations?.retryOrphans();
          void sendToBackground('page/report', { url: location.href, title: document.title, lang, published, mentions }).catch(() => undefined);
        },
        marks,
        marksEditDom: marks instanceof WrapperMarks,
        clock,
        signal: ctx.signal,
        // Firefox and Chromium both have requestIdleCallback; the timeout bounds the wait on a busy page.
        whenIdle: (callback) => window.requestIdleCallback(callback, { timeout: 500 }),
      },
      languageFromTag(document.documentElement.getAttribute('lang')),
    );
    const cards = createCardController(ctx, session, marks, () => session.language);
    // The reader's own highlights need the Highlight API: wrapping their text in the page would put them in its DOM.
    const annotations = highlightApi
      ? createAnnotationController(ctx, () => findArticleRoot(document), new AnnotationMarks({ registry: CSS.highlights, create: () => new Highlight() }))
      : null;

    clock.pause();
    let settings = readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
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
    // Listening starts before the first scan, so a message or a settings change during it is not missed.
    listenForMessages(ctx, {
      status: () => ({
        highlighted: session.mentions.size,
        isArticle,
        site: location.hostname,
        annotations: annotations?.status() ?? { source: null, anchored: [], orphaned: [] },
      }),
      scan: async () => ({ highlighted: await scan(findArticleRoot(document) ?? document.body) }),
      focus: (payload) => ({ focused: 'entityKey' in payload ? cards.showEntity(payload.entityKey) : cards.step(payload.direction) }),
      editorClosed: (annotation) => ({ shown: annotations?.editorClosed(annotation) ?? false }),
      annotate: (action) => ({ done: annotations?.shortcut(action) ?? false }),
    });

    const onSettingsChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      const before = settings;
      settings = readSettings(changes[SETTINGS_KEY]?.newValue);
      applyLook();
      const wasOn = isSiteEnabled(before, location.hostname);
      const isOn = isSiteEnabled(settings, location.hostname);
      if (wasOn && !isOn) {
        cards.close();
        session.stop();
        void sendToBackground('page/report', { url: location.href, title: document.title, lang: session.language, published, mentions: [] });
      } else if (!wasOn && isOn && runsByItself(settings, location.hostname, isArticle)) {
        void scan(findArticleRoot(document));
      }
    };
    browser.storage.onChanged.addListener(onSettingsChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettingsChanged));

    if (runsByItself(settings, location.hostname, isArticle)) {
      await scan(findArticleRoot(document) ?? document.body);
    }
    clock.pause();
    performance.mark(DONE_MARK);
    await annotations?.load().catch(() => undefined);
  },
});

interface MessageHandlers {
  status(): BackgroundToContent['content/status']['reply'];
  scan(): Promise<{ highlighted: number }>;
  focus(payload: { direction: 'next' | 'previous' } | { entityKey: string }): { focused: boolean };
  editorClosed(annotation: Annotation | null): { shown: boolean };
  annotate(action: SelectionAction): { done: boolean };
}

/** Messages from the extension's own pages and worker (a page cannot reach runtime.onMessage); still validated. */
function listenForMessages(ctx: ContentScriptContext, handlers: MessageHandlers): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    const parsed = v.safeParse(contentMessageSchema, message);
    if (!parsed.success) return undefined;
    const { type } = parsed.output;
    if (type === 'content/status') return Promise.resolve(handlers.status());
    if (type === 'page/scan') return handlers.scan();
    if (type === 'editor/closed') return Promise.resolve(handlers.editorClosed(parsed.output.payload.annotation));
    if (type === 'selection/annotate') return Promise.resolve(handlers.annotate(parsed.output.payload.action));
    return Promise.resolve(handlers.focus(parsed.output.payload));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
