import { defineContentScript } from 'wxt/utils/define-content-script';
import * as v from 'valibot';
import { findCore } from '@/lib/content/bridge';
import { INTERFACE_READY_MARK } from '@/lib/content/task-clock';
import { findArticleRoot } from '@/lib/page/article-root';
import { articleRegion } from '@/lib/page/article-region';
import { AnnotationMarks } from '@/lib/render/annotation-marks';
import { annotationSchema } from '@/lib/annotations/model';
import { createCardController } from './card-controller';
import { createAnnotationController } from './annotation-controller';
import { createFloatingFocus } from './focus-entry';

/**
 * The content script's interface half: the entity card, the selection toolbar, the editor frame and the reader's
 * saved annotations. Not in the manifest: the background injects it into a frame once the core
 * (entrypoints/content) has registered the page's highlights, and it attaches itself to that core.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // WXT announces a new script to older copies with a custom event, and also with a window.postMessage that every
  // script of the page hears, carrying the extension's id: a page could tell the extension is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const core = findCore();
    // Injected twice (a retried request) or without a core (it was torn down): nothing to attach to.
    if (!core || core.hasUi()) return;
    const { session, marks } = core;
    // Tab from the page reaches the card and the toolbar where they show, not after the whole page.
    const floating = createFloatingFocus(ctx);
    const cards = createCardController(ctx, session, marks, core.language, floating);
    // The reader's own highlights need the Highlight API: wrapping their text in the page would put them in its DOM.
    // They work on any page: the stories the core reads, else the article, else the text of the page's body.
    const highlightApi = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
    const annotations = highlightApi
      ? createAnnotationController(
          ctx,
          () => (session.stories.length > 0 ? session.stories : [articleRegion(document, findArticleRoot(document) ?? document.body)]),
          new AnnotationMarks({ registry: CSS.highlights, create: () => new Highlight() }),
          floating,
          core.loadedStory(),
          core.publishedDate,
        )
      : null;
    // Stories are filed before the core hands over the reader's early input: a selection made before this half came
    // is in a story with an address.
    annotations?.refresh(false);
    core.attachUi({
      status: () => annotations?.status() ?? { sources: [], anchored: [], orphaned: [] },
      focus: (payload) => ({ focused: 'entityKey' in payload ? cards.showEntity(payload.entityKey) : cards.step(payload.direction) }),
      editorClosed(annotation) {
        const checked = v.safeParse(v.nullable(annotationSchema), annotation);
        return { shown: checked.success ? (annotations?.editorClosed(checked.output) ?? false) : false };
      },
      annotate: (action) => ({ done: annotations?.shortcut(action) ?? false }),
      hover: (x, y) => cards.hoverAt(x, y),
      selectionEnded: () => annotations?.selectionEnded(),
      pageChanged: () => {
        // New text may be another story (a router slower than the address's looks, a feed): its notes come first.
        annotations?.refresh(true);
        annotations?.retryOrphans();
      },
      closeAll: () => cards.close(),
      navigated: () => annotations?.refresh(false),
    });
    performance.mark(INTERFACE_READY_MARK);
  },
});
