/**
 * The hand-off between the two halves of the content script, which share the extension's isolated world (page
 * scripts cannot see its globals):
 * - the core (`entrypoints/content`) runs at load, reads the article and registers the highlights — the only work on
 *   the page's critical path, so it carries as little code as possible;
 * - the interface (`entrypoints/reader-ui.content`: entity card, selection toolbar, saved annotations, Preact) is injected by
 *   the background once the highlights are up, and attaches itself here.
 * Splitting the bundle halves the code the browser must compile and run before the first highlight.
 */
import type { LoadedStory } from '../annotations/canonical-url';
import type { AnnotationStatus, SelectionAction } from '../messaging/protocol';
import type { Lang } from '../ner/types';
import type { MentionMarks } from '../render/highlighter';
import type { PageSession } from './page-session';

/** What the interface half answers for the core (the messages that need the card, the toolbar or the editor). */
export interface ContentUi {
  status(): AnnotationStatus;
  focus(payload: { direction: 'next' | 'previous' } | { entityKey: string }): { focused: boolean };
  /** `annotation` is unchecked here: the interface validates it against the annotation model before showing it. */
  editorClosed(annotation: unknown): { shown: boolean };
  annotate(action: SelectionAction): { done: boolean };
  /** Hit-tests where the pointer rests (the reader's last move before the interface half was there). */
  hover(x: number, y: number): void;
  /** The reader selected text before the interface half was there: offer the toolbar for it. */
  selectionEnded(): void;
  /**
   * The page's highlights changed (a scan, a live update, a feed's next story): annotations not found before may be
   * there now, and the page may be showing another story with notes of its own.
   */
  pageChanged(): void;
  /** The reader turned the extension off for this site: close whatever is open. */
  closeAll(): void;
  /**
   * The page changed its address without loading (a client-side router, a feed moving on to its next story): a story
   * that gets its first address has its notes loaded; every story keeps the address it was filed under.
   */
  navigated(): void;
}

/** What the core lends the interface half. */
export interface ContentCore {
  session: PageSession;
  marks: MentionMarks;
  language(): Lang;
  /** The story the page was loaded with, to tell a single-page app's new story by its address. */
  loadedStory(): LoadedStory;
  /**
   * The publication date (ISO 8601) the page gives for the story it shows, read once per story: the core reports it
   * to the popup, and the interface half files it with the story's notes.
   */
  publishedDate(): string | null;
  /** Called once by the interface half when it has started. */
  attachUi(ui: ContentUi): void;
  /** True once an interface half is attached (a second injection into the same frame then does nothing). */
  hasUi(): boolean;
}

const KEY = '__newslensContentCore';

type WithCore = typeof globalThis & { [KEY]?: ContentCore };

export function publishCore(core: ContentCore, scope: typeof globalThis = globalThis): void {
  (scope as WithCore)[KEY] = core;
}

export function findCore(scope: typeof globalThis = globalThis): ContentCore | null {
  return (scope as WithCore)[KEY] ?? null;
}
