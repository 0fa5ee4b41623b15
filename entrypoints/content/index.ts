// First import: marks the start before the rest of the bundle is evaluated (see lib/content/start-mark.ts).
import { startedAt } from '@/lib/content/start-mark';
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { densestTextBlock, findArticleRoot, isArticlePage, storiesRead } from '@/lib/page/article-root';
import { articleRegion } from '@/lib/page/article-region';
import { collectText } from '@/lib/page/text-map';
import { PageSession } from '@/lib/content/page-session';
import { createTaskClock, DONE_MARK, MAIN_MARK } from '@/lib/content/task-clock';
import { followNavigation } from '@/lib/content/follow-navigation';
import { HighlightMarks, type MentionMarks } from '@/lib/render/highlighter';
import { WrapperMarks } from '@/lib/render/wrapper-marks';
import { nearOptions } from '@/lib/render/near-viewport';
import type { PageSettings } from '@/lib/settings/page-settings';
import { readsByItself } from '@/lib/settings/reads-by-itself';
import { languageFromTag } from '@/lib/text/language';
import { publishedDate } from '@/lib/page/published-date';
import { canonicalUrl, loadedStory, type LoadedStory } from '@/lib/annotations/canonical-url';
import { sendToBackground } from '@/lib/messaging/send';
import { publishCore } from '@/lib/content/bridge';
import type { ReportedMention } from '@/lib/messaging/protocol';
import type { Lang } from '@/lib/ner/types';
import { holdEarlyInput, interfaceHalf, UI_WAIT_MS, type InterfaceHalf } from './interface-half';
import { listenForMessages } from './messages';

/**
 * The content script's core: reads the article and registers its highlights, nothing else on the page's critical
 * path. The card, the selection toolbar and saved annotations live in the interface half (entrypoints/reader-ui.content),
 * which the background injects once the highlights are up.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT announces a new script to older copies by a custom event; its extra window.postMessage would also wake
  // every message listener of the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    performance.mark(MAIN_MARK);
    const clock = createTaskClock();
    // Module evaluation counts as the first slice: it is main-thread time the page pays for the extension.
    clock.resume(startedAt);
    const hostname = location.hostname;
    const address = location.href;
    const askSettings = () => sendToBackground('content/settings', { hostname });
    const settingsAsked = askSettings();
    const timed = (work: () => void): void => {
      clock.resume();
      work();
      clock.pause();
    };
    const highlightApi = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
    const marks: MentionMarks = highlightApi
      ? new HighlightMarks({
          registry: CSS.highlights,
          create: () => new Highlight(),
          // The window's work is timed like every other slice: it is the extension's, on the page's main thread.
          nearViewport: {
            watch: (onChange) =>
              new IntersectionObserver((entries) => timed(() => onChange(entries)), nearOptions('scrollMargin' in IntersectionObserver.prototype)),
            later: (work) => ctx.setTimeout(() => timed(work), 0),
          },
        })
      : new WrapperMarks();
    // The date is for the popup, not for the highlights: read when the story reported is another (a new address, or
    // a router's new article), not on every live update.
    let published: { address: string; story: Element | undefined; date: string | null } | null = null;
    const publishedNow = (): string | null => {
      const story = session.region[0];
      if (published?.address !== location.href || published.story !== story) {
        published = { address: location.href, story, date: publishedDate(document)?.toISOString() ?? null };
      }
      return published.date;
    };
    const report = (lang: Lang, mentions: ReportedMention[]): void => {
      ui.current?.pageChanged();
      void sendToBackground('page/report', { url: location.href, title: document.title, lang, published: publishedNow(), mentions }).catch(() => undefined);
    };
    const reportNothing = (): void => {
      void sendToBackground('page/report', { url: location.href, title: document.title, lang: session.language, published: null, mentions: [] }).catch(() => undefined);
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
    // Read once the highlights are up, off their path; the interface half, which files notes, comes after that.
    let loaded: LoadedStory | null = null;
    const storyAtLoad = (): LoadedStory => (loaded ??= loadedStory(document, address));
    publishCore({
      session,
      marks,
      language: () => session.language,
      loadedStory: storyAtLoad,
      publishedDate: publishedNow,
      attachUi: ui.attach,
      hasUi: () => ui.current !== null,
    });

    let colourSheet: CSSStyleSheet | null = null;
    const applyLook = (look: PageSettings): void => {
      marks.setShownTypes(look.shownTypes);
      // Only readers who changed a colour get a sheet: adopting one makes the page recompute its styles.
      if (!look.colourRules && !colourSheet) return;
      if (!colourSheet) {
        colourSheet = new CSSStyleSheet();
        // An adopted sheet styles our highlights without adding an element to the page.
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, colourSheet];
      }
      colourSheet.replaceSync(look.colourRules);
    };

    let isArticle = isArticlePage(document);
    const scan = (root: Element | null, shown?: () => void): Promise<number> =>
      root ? session.scan(articleRegion(document, root), shown) : Promise.resolve(0);
    // Read by itself: the article, or on a listed news site without markup, its densest block of paragraphs.
    const regionReadByItself = (): Element => findArticleRoot(document) ?? densestTextBlock(document) ?? document.body;
    const readByItself = (shown?: () => void): Promise<number> => scan(regionReadByItself(), shown);
    let settings: PageSettings | null = null;
    // A change told before the first answer arrived may not be in that answer: it is asked for again.
    let changedWhileAsking = false;
    // Listening starts before the first scan, so a message or a settings change during it is not missed.
    listenForMessages(ctx, {
      status: async () => ({
        highlighted: session.mentions.size,
        isArticle,
        site: hostname,
        annotations: (await ui.ready(UI_WAIT_MS))?.status() ?? { sources: [], anchored: [], orphaned: [] },
      }),
      settingsChanged: async () => {
        const before = settings;
        if (!before) {
          changedWhileAsking = true;
          return { applied: false };
        }
        const after = await askSettings();
        settings = after;
        applyLook(after);
        if (before.siteEnabled && !after.siteEnabled) {
          ui.current?.closeAll();
          session.stop();
          reportNothing();
        } else if (!before.siteEnabled && readsByItself(after, isArticle)) {
          void readByItself().then(() => ui.load());
        }
        return { applied: true };
      },
      scan: async () => {
        const highlighted = await scan(findArticleRoot(document) ?? document.body);
        // Names are highlighted now: the card comes with them.
        ui.load();
        return { highlighted };
      },
      text: () => {
        // Nothing is read once the reader has turned the site off, but an export they ask for still gets the article.
        const region = session.region.length > 0 ? session.region : isArticle ? articleRegion(document, regionReadByItself()) : [];
        if (region.length === 0) return null;
        return { url: location.href, title: document.title, lang: session.language, text: collectText(region).text };
      },
      ui: ui.ready,
    });

    clock.pause();
    // Without an answer (the extension is being reloaded or removed) there is nothing this copy should do.
    settings = await settingsAsked.catch(() => null);
    if (settings && changedWhileAsking) settings = await askSettings().catch(() => null);
    if (!settings) return;
    clock.resume();
    applyLook(settings);
    const reading = readsByItself(settings, isArticle);
    // Marked as the last highlight is registered (the region is watched after it), or at once when nothing is read.
    // It tells how many names were found: on a long page only those near the viewport are registered, so the
    // highlights alone do not say it (benchmarks read it).
    let doneMarked = false;
    const markDone = (): void => {
      if (doneMarked) return;
      doneMarked = true;
      performance.mark(DONE_MARK, { detail: { mentions: session.mentions.size } });
    };
    if (reading) await readByItself(markDone);
    clock.pause();
    markDone();
    storyAtLoad();
    // Off the highlights' path: keeping early input for the interface half, then the interface half itself. With
    // highlights it is injected now, as a task of its own; elsewhere it waits to be wanted: a selection, a shortcut,
    // a message, or saved annotations to show.
    holdEarlyInput(ui);
    if (reading) ui.load();
    else loadForSavedAnnotations(ui);

    // Listening for the address starts here, off the highlights' path (the first use of the Navigation API costs
    // the page a fraction of a millisecond); an address that changed during the first scan is followed at once.
    const follow = (): void =>
      followNavigation({
        findRegion: () => {
          isArticle = isArticlePage(document);
          if (!settings || !readsByItself(settings, isArticle)) return [];
          // A feed's stories, read as they came, are the article: reading their column anew would redo them all.
          session.catchUp();
          return storiesRead(document, session.region) ? session.region : articleRegion(document, regionReadByItself());
        },
        readRegion: () => session.region,
        read: (region) => {
          ui.current?.closeAll();
          if (region.length > 0) void session.scan(region).then(() => ui.load());
          else {
            session.stop();
            reportNothing();
          }
        },
        looked: () => ui.current?.navigated(),
        later: (callback, delayMs) => ctx.setTimeout(callback, delayMs),
      });
    ctx.addEventListener(window, 'wxt:locationchange', follow);
    if (location.href !== address) follow();
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
