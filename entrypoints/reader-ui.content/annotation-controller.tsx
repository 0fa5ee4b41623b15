/**
 * The reader's annotations on this page: the selection toolbar that creates them, and their highlights, found again
 * (re-anchored) on every visit. Anchoring works on the text of each story on the page; a quote that cannot be found is
 * reported as orphaned and listed in the popup, never dropped. Each story files its annotations under its own address
 * (lib/annotations/story-sources.ts): on an endless feed, a note on the first story is the first story's whatever the
 * address bar says by then.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import type { HtmlPublicPath } from 'wxt/browser';
import { SelectionToolbar, SELECTION_TOOLBAR_CSS, type EditorKind, type HighlightColour } from '@/components/SelectionToolbar';
import { ANNOTATION_CONTEXT, type Annotation, type AnnotationTarget } from '@/lib/annotations/model';
import { storyPublishedDate } from '@/lib/page/published-date';
import { storyUrl, type LoadedStory } from '@/lib/annotations/canonical-url';
import { ownAddress } from '@/lib/annotations/story-address';
import { StorySources, type FiledStory } from '@/lib/annotations/story-sources';
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
  /**
   * Brings the page's stories and their addresses up to date (at start, and whenever the page's text was read again
   * or its address changed: `reread` says which): a story filed anew gets its saved annotations found in its text and
   * shown; a story gone from the page (a router's last story) takes its highlights with it.
   */
  refresh(reread: boolean): void;
  /** The page's stories' addresses, the one the address bar names first, and which of their annotations were found. */
  status(): AnnotationStatus;
  /** The editor closed: show what it saved, remove its frame. */
  editorClosed(annotation: Annotation | null): boolean;
  /** The keyboard commands and context menu: highlight the selection, or open an editor on it. */
  shortcut(action: SelectionAction): boolean;
  /** Tries orphaned annotations again (the page has grown: a live page, lazy-loaded paragraphs). */
  retryOrphans(): void;
  /** Offers the toolbar for the current selection (one made before this controller existed). */
  selectionEnded(): void;
}

/** One filed story's annotations. */
interface StoryNotes {
  /**
   * The address, title and publication date the page had when the story was filed: on a feed, a note made on the
   * first story after the site moved on to the next still records the first story's.
   */
  page: { visited: string; title: string; published: string | null };
  /** Not found in the story's text yet: orphaned for now, tried again when the page grows. */
  waiting: Annotation[];
  anchored: string[];
  /** The highlights shown for it, to take away when the story goes. */
  shown: Array<{ colour: HighlightColour; range: Range }>;
}

const EDITOR_WIDTH = 380;
const EDITOR_HEIGHT = 460;

/** How much of a story is on screen, in pixels of height. */
function visibleHeight(parts: readonly Element[]): number {
  let height = 0;
  for (const part of parts) {
    const box = part.getBoundingClientRect();
    height += Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
  }
  return height;
}

const holds = (parts: readonly Element[], node: Node): boolean => parts.some((part) => part.contains(node));

/** `stories`: the page's stories as the core reads them, in document order (one on most pages). */
export function createAnnotationController(
  ctx: ContentScriptContext,
  stories: () => ReadonlyArray<readonly Element[]>,
  marks: AnnotationMarks,
  floating: FloatingFocus,
  loaded: LoadedStory,
  /** The core's reading of the page's publication date for the story it shows. */
  pagePublished: () => string | null,
): AnnotationController {
  const sources = new StorySources();
  /** By the address each story is filed under. */
  const notes = new Map<string, StoryNotes>();
  const address = (): string | null => storyUrl(document, location.href, loaded);
  let toolbar: Promise<ShadowRootContentScriptUi<void>> | null = null;
  /** `story` is null in a story that has no address yet: the toolbar says so instead of saving. */
  let selection: { story: FiledStory | null; map: TextMap; start: number; end: number; range: Range; rect: DOMRect } | null = null;
  let editor: { ui: IframeContentScriptUi<void>; range: Range | null; source: string } | null = null;

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
        blocked={current.story ? null : cardText(language)('toolbar.noAddress')}
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

  /**
   * What a story filed now records of its page. The page's title and metadata are its own story's; a story filed
   * beside others (a feed's next one) has only its own markup to date it.
   */
  const pageOf = (story: FiledStory, alone: boolean): StoryNotes['page'] => {
    const published = alone ? pagePublished() : (storyPublishedDate(story.parts)?.toISOString() ?? null);
    // Filed under the address it names itself: that page's story, under its own headline.
    return story.headline === undefined ? pageNow(published) : { visited: story.source, title: story.headline, published };
  };
  const pageNow = (published: string | null): StoryNotes['page'] => ({
    visited: location.href.split('#')[0] ?? location.href,
    title: document.title.slice(0, 1000),
    published,
  });

  /** What the current selection annotates: its story's page and the quote's selectors. */
  const targetOf = (current: NonNullable<typeof selection>, source: string): AnnotationTarget => {
    const { quote, position } = describe(current.map.text, current.start, current.end);
    // A story the page removed since the selection was made: the page as it is now.
    const page = notes.get(source)?.page ?? pageNow(pagePublished());
    return {
      source,
      'newslens:visited': page.visited,
      'newslens:title': page.title,
      ...(page.published ? { 'newslens:published': page.published } : {}),
      selector: [quote, position],
    };
  };

  const openEditor = async (kind: EditorKind): Promise<void> => {
    const current = selection;
    if (!current?.story) return;
    const { source } = current.story;
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
    editor = { ui, range: rangeFor(current.map, current.start, current.end, document), source };
    hideToolbar();
  };

  /** Shows an annotation of a filed story, to be taken away with the story. */
  const show = (source: string, annotation: Annotation, range: Range): void => {
    const entry = notes.get(source);
    if (!entry) return;
    const colour = annotation['newslens:colour'] ?? 'yellow';
    marks.add(colour, range);
    entry.shown.push({ colour, range });
    entry.anchored = [...entry.anchored, annotation.id];
  };

  const highlight = async (colour: HighlightColour): Promise<void> => {
    const current = selection;
    if (!current?.story) return;
    const { source } = current.story;
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
    if (range) show(source, annotation, range);
    getSelection()?.removeAllRanges();
    hideToolbar();
  };

  /** Reads the reader's selection within one story into `selection`; false when there is none to annotate. */
  const captureSelection = (): boolean => {
    selection = null;
    const chosen = getSelection();
    if (!chosen || chosen.isCollapsed || chosen.rangeCount === 0) return false;
    const range = chosen.getRangeAt(0);
    const parts = stories().find((story) => holds(story, range.startContainer) && holds(story, range.endContainer));
    if (!parts) return false;
    const map = collectText(parts);
    const start = offsetOf(map, range.startContainer, range.startOffset);
    const end = offsetOf(map, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start || map.text.slice(start, end).trim() === '') return false;
    const story = sources.storyOf(range.startContainer);
    selection = { story, map, start, end, range: range.cloneRange(), rect: range.getBoundingClientRect() };
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
    // A story without an address yet: the toolbar says why nothing is saved.
    if (!selection?.story) void showToolbar();
    else if (action === 'highlight') void highlight('yellow');
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

  /** Anchors a story's waiting annotations in its current text and shows those it finds. */
  const place = (story: FiledStory): void => {
    const entry = notes.get(story.source);
    if (!entry || entry.waiting.length === 0) return;
    const map = collectText(story.parts);
    let pending = entry.waiting;
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
        if (range) show(story.source, annotation, range);
        else lost.push(annotation);
      });
      pending = timedOut;
    }
    entry.waiting = [...lost, ...pending];
  };

  const load = async (story: FiledStory): Promise<void> => {
    const entry = notes.get(story.source);
    const reply = await sendToBackground('annotation/list-page', { source: story.source });
    // The story went, or was filed anew, while this was asked: its own load is on the way.
    if (!reply.ok || !entry || notes.get(story.source) !== entry) return;
    entry.waiting = reply.value;
    const filed = sources.all.find((other) => other.source === story.source);
    if (filed) place(filed);
  };

  return {
    refresh(reread) {
      const now = stories();
      const changes = sources.update(now, address(), { visibleHeight, reread, ownAddress: (parts) => ownAddress(parts, location.href) });
      for (const story of changes.dropped) {
        for (const { colour, range } of notes.get(story.source)?.shown ?? []) marks.remove(colour, range);
        notes.delete(story.source);
        if (selection?.story?.source === story.source) hideToolbar();
      }
      for (const story of changes.filed) {
        notes.set(story.source, { page: pageOf(story, now.length === 1), waiting: [], anchored: [], shown: [] });
        void load(story).catch(() => undefined);
      }
    },
    retryOrphans() {
      for (const story of sources.all) place(story);
    },
    selectionEnded() {
      if (captureSelection()) void showToolbar();
    },
    status() {
      const current = sources.current(address());
      const filed = current ? [current, ...sources.all.filter((story) => story !== current)] : sources.all;
      const of = (story: FiledStory): StoryNotes | undefined => notes.get(story.source);
      return {
        sources: filed.map((story) => story.source),
        anchored: filed.flatMap((story) => of(story)?.anchored ?? []),
        orphaned: filed.flatMap((story) => of(story)?.waiting.map((annotation) => annotation.id) ?? []),
      };
    },
    shortcut,
    editorClosed(annotation) {
      const open = editor;
      editor = null;
      open?.ui.remove();
      if (!annotation || !open?.range) return false;
      show(open.source, annotation, open.range);
      return true;
    },
  };
}
