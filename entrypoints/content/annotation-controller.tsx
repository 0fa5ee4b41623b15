/**
 * The reader's annotations on this page: the selection toolbar that creates them, and their highlights, found again
 * (re-anchored) on every visit. Anchoring works on the article's text; a quote that cannot be found is reported as
 * orphaned and listed in the popup, never dropped.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SelectionToolbar, SELECTION_TOOLBAR_CSS, type HighlightColour } from '@/components/SelectionToolbar';
import { ANNOTATION_CONTEXT, type Annotation } from '@/lib/annotations/model';
import { canonicalUrl } from '@/lib/annotations/canonical-url';
import { describe } from '@/lib/anchoring/selectors';
import { anchorAllDetailed } from '@/lib/anchoring/anchor-many';
import { collectText, offsetOf, rangeFor, type TextMap } from '@/lib/page/text-map';
import { sendToBackground } from '@/lib/messaging/send';
import type { AnnotationMarks } from '@/lib/render/annotation-marks';
import { placeCard } from '@/lib/render/card-position';

export interface AnnotationStatus {
  source: string | null;
  anchored: string[];
  orphaned: string[];
}

export interface AnnotationController {
  /** Finds this page's saved annotations in its text and shows them. */
  load(): Promise<void>;
  status(): AnnotationStatus;
}

export function createAnnotationController(
  ctx: ContentScriptContext,
  articleRoot: () => Element | null,
  marks: AnnotationMarks,
): AnnotationController {
  const source = canonicalUrl(document, location.href);
  let anchored: string[] = [];
  let orphaned: string[] = [];
  let toolbar: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let selection: { map: TextMap; start: number; end: number; rect: DOMRect } | null = null;

  const mountToolbar = (): Promise<ShadowRootContentScriptUi<void>> => {
    toolbar ??= createShadowRootUi<void>(ctx, {
      name: 'newslens-toolbar',
      position: 'inline',
      anchor: 'body',
      css: SELECTION_TOOLBAR_CSS,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup'],
      onMount: () => undefined,
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
      ui.uiContainer.style.display = 'none';
    });
  };

  const showToolbar = async (error: string | null = null): Promise<void> => {
    const current = selection;
    if (!current) return;
    const ui = await mountToolbar();
    if (selection !== current) return;
    render(<SelectionToolbar error={error} onHighlight={(colour) => void highlight(colour)} />, ui.uiContainer);
    const box = ui.uiContainer.style;
    // Positioned inside the shadow root: WXT resets the host with `all: initial !important`.
    box.cssText = 'position: fixed; z-index: 2147483647; display: block; left: 0; top: 0; margin: 0;';
    const size = ui.uiContainer.getBoundingClientRect();
    const above = { ...current.rect.toJSON(), top: current.rect.top - size.height - 8, bottom: current.rect.top - 8 };
    const place = placeCard(above, { width: size.width, height: size.height }, { width: innerWidth, height: innerHeight });
    box.left = `${place.left}px`;
    box.top = `${place.top}px`;
  };

  const highlight = async (colour: HighlightColour): Promise<void> => {
    const current = selection;
    if (!current || !source) return;
    const { quote, position } = describe(current.map.text, current.start, current.end);
    const now = new Date().toISOString();
    const published = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
    const annotation: Annotation = {
      '@context': ANNOTATION_CONTEXT,
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: now,
      modified: now,
      target: {
        source,
        'newslens:visited': location.href.split('#')[0] ?? location.href,
        'newslens:title': document.title.slice(0, 1000),
        ...(published && !Number.isNaN(Date.parse(published)) ? { 'newslens:published': new Date(published).toISOString() } : {}),
        selector: [quote, position],
      },
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
      await showToolbar(`Not saved: ${reply.message}`);
      return;
    }
    const range = rangeFor(current.map, current.start, current.end, document);
    if (range) marks.add(colour, range);
    anchored = [...anchored, annotation.id];
    getSelection()?.removeAllRanges();
    hideToolbar();
  };

  const onSelectionEnd = (event: Event): void => {
    if (!event.isTrusted) return;
    const root = articleRoot();
    const chosen = getSelection();
    if (!root || !chosen || chosen.isCollapsed || chosen.rangeCount === 0) {
      hideToolbar();
      return;
    }
    const range = chosen.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) {
      hideToolbar();
      return;
    }
    const map = collectText(root);
    const start = offsetOf(map, range.startContainer, range.startOffset);
    const end = offsetOf(map, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start || map.text.slice(start, end).trim() === '') {
      hideToolbar();
      return;
    }
    selection = { map, start, end, rect: range.getBoundingClientRect() };
    void showToolbar();
  };

  ctx.addEventListener(document, 'mouseup', onSelectionEnd);
  ctx.addEventListener(document, 'keyup', (event) => {
    if (event.shiftKey) onSelectionEnd(event);
  });

  return {
    async load() {
      const root = articleRoot();
      if (!root || !source) return;
      const reply = await sendToBackground('annotation/list-page', { source });
      if (!reply.ok || reply.value.length === 0) return;
      const map = collectText(root);
      const found: string[] = [];
      const lost: string[] = [];
      let pending = reply.value;
      // Out of time is not lost: those are tried once more, alone, before being listed as orphaned.
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
            lost.push(annotation.id);
            return;
          }
          marks.add(annotation['newslens:colour'] ?? 'yellow', range);
          found.push(annotation.id);
        });
        pending = timedOut;
      }
      anchored = found;
      orphaned = [...lost, ...pending.map((annotation) => annotation.id)];
    },
    status: () => ({ source, anchored, orphaned }),
  };
}
