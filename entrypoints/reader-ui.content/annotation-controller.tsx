/**
 * The reader's annotations on this page: the selection toolbar that creates them, and their highlights, found again
 * (re-anchored) on every visit. Anchoring works on the article's text; a quote that cannot be found is reported as
 * orphaned and listed in the popup, never dropped.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import type { HtmlPublicPath } from 'wxt/browser';
import { SelectionToolbar, SELECTION_TOOLBAR_CSS, type EditorKind, type HighlightColour } from '@/components/SelectionToolbar';
import { ANNOTATION_CONTEXT, type Annotation, type AnnotationTarget } from '@/lib/annotations/model';
import { publishedDate } from '@/lib/page/published-date';
import { storyUrl, type LoadedStory } from '@/lib/annotations/canonical-url';
import { describe } from '@/lib/anchoring/selectors';
import { anchorAllDetailed } from '@/lib/anchoring/anchor-many';
import { collectText, offsetOf, rangeFor, type TextMap } from '@/lib/page/text-map';
import { sendToBackground } from '@/lib/messaging/send';
import type { AnnotationMarks } from '@/lib/render/annotation-marks';
import type { AnnotationStatus, SelectionAction } from '@/lib/messaging/protocol';
import { placeCard } from '@/lib/render/card-position';
import { contentLanguage } from '@/components/content-language';
import { cardText } from '@/lib/i18n/card';
import { pageShortcut } from '@/lib/content/page-shortcuts';
import type { FloatingFocus } from './focus-entry';

export interface AnnotationController {
  /** Finds this page's saved annotations in its text and shows them. */
  load(): Promise<void>;
  status(): AnnotationStatus;
  /** The editor closed: show what it saved, remove its frame. */
  editorClosed(annotation: Annotation | null): boolean;
  /** The keyboard commands and context menu: highlight the selection, or open an editor on it. */
  shortcut(action: SelectionAction): boolean;
  /** Tries orphaned annotations again (the page has grown: a live page, lazy-loaded paragraphs). */
  retryOrphans(): void;
  /** Offers the toolbar for the current selection (one made before this controller existed). */
  selectionEnded(): void;
  /**
   * The page may have moved to another story without loading (a client-side router): when its address says so, the
   * last story's annotations go and the new one's are loaded, and what the reader saves is saved for the new address.
   */
  navigated(): void;
}

const EDITOR_WIDTH = 380;
const EDITOR_HEIGHT = 460;

export function createAnnotationController(
  ctx: ContentScriptContext,
  articleRegion: () => readonly Element[],
  marks: AnnotationMarks,
  floating: FloatingFocus,
  loaded: LoadedStory,
): AnnotationController {
  let source = storyUrl(document, location.href, loaded);
  let anchored: string[] = [];
  let orphaned: string[] = [];
  let toolbar: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let selection: { map: TextMap; start: number; end: number; range: Range; rect: DOMRect } | null = null;
  let editor: { ui: IframeContentScriptUi<void>; range: Range | null } | null = null;

  const mountToolbar = (): Promise<ShadowRootContentScriptUi<void>> => {
    toolbar ??= createShadowRootUi<void>(ctx, {
      name: 'newslens-toolbar',
      position: 'inline',
      anchor: 'body',
      css: SELECTION_TOOLBAR_CSS,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup'],
      onMount(container) {
        // Key presses inside the toolbar do not reach the page (isolateEvents): Escape is heard here.
        container.addEventListener('keydown', (event) => {
          if (event.key === 'Escape') hideToolbar();
        });
      },
      onRemove() {
        void toolbar?.then((mounted) => render(null, mounted.uiContainer));
      },
    }).then((created) => {
      created.mount();
      return created;
    });
    return toolbar;
  };

  const hideToolbar = (): void => {
    selection = null;
    void toolbar?.then((ui) => {
      floating.hiding(ui.uiContainer);
      ui.uiContainer.style.display = 'none';
    });
  };

  const showToolbar = async (error: string | null = null): Promise<void> => {
    const current = selection;
    if (!current) return;
    const [ui, language] = await Promise.all([mountToolbar(), contentLanguage(ctx)]);
    if (selection !== current) return;
    render(
      <SelectionToolbar
        error={error}
        onHighlight={(colour) => void highlight(colour)}
        onEdit={(kind) => void openEditor(kind)}
        text={cardText(language)}
      />,
      ui.uiContainer,
    );
    const box = ui.uiContainer.style;
    // Positioned inside the shadow root: WXT resets the host with `all: initial !important`.
    box.cssText = 'position: fixed; z-index: 2147483647; display: block; left: 0; top: 0; margin: 0;';
    const size = ui.uiContainer.getBoundingClientRect();
    const above = { ...current.rect.toJSON(), top: current.rect.top - size.height - 8, bottom: current.rect.top - 8 };
    const place = placeCard(above, { width: size.width, height: size.height }, { width: innerWidth, height: innerHeight });
    box.left = `${place.left}px`;
    box.top = `${place.top}px`;
    floating.showing(ui.uiContainer, { anchor: () => current.range, close: hideToolbar });
  };

  /** What the current selection annotates: the page and the quote's selectors. */
  const targetOf = (current: NonNullable<typeof selection>, page: string): AnnotationTarget => {
    const { quote, position } = describe(current.map.text, current.start, current.end);
    const published = publishedDate(document);
    return {
      source: page,
      'newslens:visited': location.href.split('#')[0] ?? location.href,
      'newslens:title': document.title.slice(0, 1000),
      ...(published ? { 'newslens:published': published.toISOString() } : {}),
      selector: [quote, position],
    };
  };

  const openEditor = async (kind: EditorKind): Promise<void> => {
    const current = selection;
    if (!current || !source) return;
    const [{ draftId }, language] = await Promise.all([
      sendToBackground('annotation/draft', { kind, target: targetOf(current, source) }),
      contentLanguage(ctx),
    ]);
    editor?.ui.remove();
    const ui = createIframeUi<void>(ctx, {
      page: `/editor.html?draft=${encodeURIComponent(draftId)}` as HtmlPublicPath,
      position: 'inline',
      anchor: 'body',
      onMount(wrapper, iframe) {
        const place = placeCard(current.rect, { width: EDITOR_WIDTH, height: EDITOR_HEIGHT }, { width: innerWidth, height: innerHeight });
        wrapper.style.cssText = `position: fixed; z-index: 2147483647; left: ${place.left}px; top: ${place.top}px;`;
        iframe.style.cssText = `width: ${EDITOR_WIDTH}px; height: ${EDITOR_HEIGHT}px; border: 1px solid #c9cfd6; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.2); background: #fff;`;
        iframe.title = cardText(language)('editor.frameTitle');
        // The reader asked for the editor to type in it: it takes the focus (the editor then focuses its first field).
        iframe.addEventListener('load', () => iframe.focus(), { once: true });
      },
    });
    ui.mount();
    editor = { ui, range: rangeFor(current.map, current.start, current.end, document) };
    hideToolbar();
  };

  const highlight = async (colour: HighlightColour): Promise<void> => {
    const current = selection;
    if (!current || !source) return;
    const now = new Date().toISOString();
    const annotation: Annotation = {
      '@context': ANNOTATION_CONTEXT,
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: now,
      modified: now,
      target: targetOf(current, source),
      body: [],
      'newslens:kind': 'highlight',
      'newslens:colour': colour,
    };
    const reply = await sendToBackground('annotation/save', { annotation }).catch((error: unknown) => ({
      ok: false as const,
      reason: 'failed' as const,
      message: error instanceof Error ? error.message : String(error),
    }));
    if (!reply.ok) {
      await showToolbar(cardText(await contentLanguage(ctx))('toolbar.notSaved', { reason: reply.message }));
      return;
    }
    const range = rangeFor(current.map, current.start, current.end, document);
    if (range) marks.add(colour, range);
    anchored = [...anchored, annotation.id];
    getSelection()?.removeAllRanges();
    hideToolbar();
  };

  /** Reads the reader's selection in the article into `selection`; false when there is none to annotate. */
  const captureSelection = (): boolean => {
    selection = null;
    const region = articleRegion();
    const chosen = getSelection();
    if (region.length === 0 || !chosen || chosen.isCollapsed || chosen.rangeCount === 0) return false;
    const range = chosen.getRangeAt(0);
    const inRegion = (node: Node): boolean => region.some((part) => part.contains(node));
    if (!inRegion(range.startContainer) || !inRegion(range.endContainer)) return false;
    const map = collectText(region);
    const start = offsetOf(map, range.startContainer, range.startOffset);
    const end = offsetOf(map, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start || map.text.slice(start, end).trim() === '') return false;
    selection = { map, start, end, range: range.cloneRange(), rect: range.getBoundingClientRect() };
    return true;
  };

  const onSelectionEnd = (event: Event): void => {
    if (!event.isTrusted) return;
    if (captureSelection()) void showToolbar();
    else hideToolbar();
  };

  /** Alt+Shift+H highlights the selection, Alt+Shift+M opens the note editor (also the manifest commands). */
  const shortcut = (action: SelectionAction): boolean => {
    if (!captureSelection()) return false;
    if (action === 'highlight') void highlight('yellow');
    else void openEditor(action);
    return true;
  };

  ctx.addEventListener(document, 'mouseup', onSelectionEnd);
  ctx.addEventListener(document, 'keyup', (event) => {
    if (event.shiftKey && !event.altKey) onSelectionEnd(event);
  });
  ctx.addEventListener(window, 'keydown', (event) => {
    if (event.key === 'Escape' && selection) hideToolbar();
    const pressed = pageShortcut(event);
    if (pressed?.kind === 'annotate' && shortcut(pressed.action)) event.preventDefault();
  });

  /** Annotations not found in the text yet: orphaned for now, tried again when the page grows. */
  let waiting: Annotation[] = [];

  /** Anchors the waiting annotations in the article's current text and shows those it finds. */
  const place = (): void => {
    const region = articleRegion();
    if (region.length === 0 || waiting.length === 0) return;
    const map = collectText(region);
    let pending = waiting;
    const lost: Annotation[] = [];
    // Out of time is not lost: those are tried once more, alone, before being called orphaned.
    for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
      const outcomes = anchorAllDetailed(map.text, pending.map((annotation) => annotation.target.selector));
      const timedOut: Annotation[] = [];
      pending.forEach((annotation, index) => {
        const outcome = outcomes[index];
        if (outcome?.status === 'timeout') {
          timedOut.push(annotation);
          return;
        }
        const range = outcome?.status === 'anchored' ? rangeFor(map, outcome.result.start, outcome.result.end, document) : null;
        if (!range) {
          lost.push(annotation);
          return;
        }
        marks.add(annotation['newslens:colour'] ?? 'yellow', range);
        anchored = [...anchored, annotation.id];
      });
      pending = timedOut;
    }
    waiting = [...lost, ...pending];
    orphaned = waiting.map((annotation) => annotation.id);
  };

  return {
    async load() {
      const asked = source;
      if (!asked) return;
      const reply = await sendToBackground('annotation/list-page', { source: asked });
      // The page moved on to another story while this was asked: its own load is on the way.
      if (!reply.ok || asked !== source) return;
      waiting = reply.value;
      place();
    },
    retryOrphans() {
      if (waiting.length > 0) place();
    },
    navigated() {
      const now = storyUrl(document, location.href, loaded);
      if (now === source) return;
      source = now;
      hideToolbar();
      marks.clear();
      anchored = [];
      orphaned = [];
      waiting = [];
      void this.load().catch(() => undefined);
    },
    selectionEnded() {
      if (captureSelection()) void showToolbar();
    },
    status: () => ({ source, anchored, orphaned }),
    shortcut,
    editorClosed(annotation) {
      const open = editor;
      editor = null;
      open?.ui.remove();
      if (!annotation || !open?.range) return false;
      marks.add(annotation['newslens:colour'] ?? 'yellow', open.range);
      anchored = [...anchored, annotation.id];
      return true;
    },
  };
}
