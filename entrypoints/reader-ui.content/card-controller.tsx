/**
 * The entity card: opens on hovering a highlighted mention (after a short delay, so skimming the page does not flash
 * cards) or on the keyboard command that walks through mentions; closes on Escape, on leaving the mention, or with
 * its button. It lives in a shadow root (WXT's shadow-root UI; open, so assistive tools and tests can read it) and
 * never takes focus from the page by itself: the reader's Tab takes it in (focus-entry.ts), and it gives the focus
 * back as it closes.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EntityCard } from '@/components/EntityCard';
import { ENTITY_CARD_CSS } from '@/components/entity-card.css';
import type { EntityDetails } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';
import type { PageSession } from '@/lib/content/page-session';
import { entityKey, type PageMention } from '@/lib/content/page-mentions';
import type { MentionMarks } from '@/lib/render/highlighter';
import { placeCard } from '@/lib/render/card-position';
import { pageShortcut } from '@/lib/content/page-shortcuts';
import type { Lang } from '@/lib/ner/types';
import { contentLanguage } from '@/components/content-language';
import { cardText } from '@/lib/i18n/card';
import { nothingFocused, type FloatingFocus } from './focus-entry';

const OPEN_DELAY_MS = 200;
const CLOSE_DELAY_MS = 300;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as CaretDocument;
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The caret API answers with the nearest caret even beside the text: check the point is on the mention itself. */
function isOver(range: Range, x: number, y: number): boolean {
  return Array.from(range.getClientRects()).some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom);
}

export interface CardController {
  /** Focuses the next or previous mention on the page and opens its card; false when there is none. */
  step(direction: 'next' | 'previous'): boolean;
  /** Hit-tests a pointer position: the reader's last move before the card was ready. */
  hoverAt(x: number, y: number): void;
  /** Focuses the first mention of an entity (from the popup). */
  showEntity(key: string): boolean;
  close(): void;
}

export function createCardController(
  ctx: ContentScriptContext,
  session: PageSession,
  marks: MentionMarks,
  pageLang: () => Lang,
  floating: FloatingFocus,
): CardController {
  let ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  /** The card once mounted, for what must happen at once (a key press cannot wait for a promise). */
  let mounted: ShadowRootContentScriptUi<void> | null = null;
  let shown: PageMention | null = null;
  /** Opened by the reader's shortcut, not by the pointer: Tab goes into it, whatever has the focus in the page. */
  let openedByKeyboard = false;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let overCard = false;
  const details = new Map<string, Promise<EntityDetails | null>>();

  const detailsOf = (id: string | null): Promise<EntityDetails | null> => {
    if (id === null) return Promise.resolve(null);
    let pending = details.get(id);
    if (!pending) {
      pending = sendToBackground('entity/details', { id }).catch(() => null);
      details.set(id, pending);
    }
    return pending;
  };

  // Mounted on first use only: a page nobody hovers never gets the card's host element.
  const mount = (): Promise<ShadowRootContentScriptUi<void>> => {
    ui ??= createShadowRootUi(ctx, {
      name: 'newslens-card',
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      css: ENTITY_CARD_CSS,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'],
      onMount(_container, _shadow, host) {
        host.addEventListener('pointerenter', () => {
          overCard = true;
          window.clearTimeout(closeTimer);
        });
        host.addEventListener('pointerleave', () => {
          overCard = false;
          scheduleClose();
        });
      },
      onRemove() {
        void ui?.then((mounted) => render(null, mounted.uiContainer));
      },
    }).then((created) => {
      created.mount();
      mounted = created;
      return created;
    });
    return ui;
  };

  const sameEntity = (mention: PageMention): PageMention[] =>
    session.mentions.inOrder().filter((other) => entityKey(other) === entityKey(mention));

  const open = async (mention: PageMention): Promise<void> => {
    shown = mention;
    const [card, entity, language] = await Promise.all([mount(), detailsOf(mention.id), contentLanguage(ctx)]);
    if (shown !== mention) return;
    const siblings = sameEntity(mention);
    render(
      <EntityCard
        surface={mention.text}
        type={mention.type}
        details={entity}
        pageLang={pageLang()}
        mentionIndex={Math.max(0, siblings.indexOf(mention))}
        mentionCount={siblings.length}
        onPrevious={() => moveWithinEntity(mention, -1)}
        onNext={() => moveWithinEntity(mention, 1)}
        onClose={close}
        text={cardText(language)}
      />,
      card.uiContainer,
    );
    // The container inside the shadow root is what gets positioned: WXT resets the host with `all: initial
    // !important`, which outranks any style given to the host from outside.
    const box = card.uiContainer.style;
    box.cssText = 'position: fixed; z-index: 2147483647; display: block; left: 0; top: 0; margin: 0;';
    const anchor = mention.range.getBoundingClientRect();
    const size = card.uiContainer.getBoundingClientRect();
    const place = placeCard(anchor, { width: size.width, height: size.height }, { width: window.innerWidth, height: window.innerHeight });
    box.left = `${place.left}px`;
    box.top = `${place.top}px`;
    // A card the pointer opened is entered with Tab only when the page has no focused control Tab would move on from.
    floating.showing(card.uiContainer, {
      enterable: () => openedByKeyboard || nothingFocused(),
      anchor: () => mention.range,
      close,
    });
  };

  const close = (): void => {
    window.clearTimeout(openTimer);
    shown = null;
    openedByKeyboard = false;
    marks.setFocused(null);
    void ui?.then((card) => {
      if (shown !== null) return;
      floating.hiding(card.uiContainer);
      card.uiContainer.style.display = 'none';
    });
  };

  /** The reader is in the card with the keyboard: the pointer moving elsewhere does not close it under them. */
  const focusInCard = (): boolean => Boolean(mounted?.shadow.activeElement);

  const scheduleClose = (): void => {
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(() => {
      if (!overCard && !focusInCard()) close();
    }, CLOSE_DELAY_MS);
  };

  const focusMention = (mention: PageMention): void => {
    marks.setFocused(mention.range);
    const element = mention.range.startContainer.parentElement;
    const rect = mention.range.getBoundingClientRect();
    if (element && (rect.top < 0 || rect.bottom > window.innerHeight)) element.scrollIntoView({ block: 'center' });
    void open(mention);
  };

  const moveWithinEntity = (from: PageMention, delta: number): void => {
    const siblings = sameEntity(from);
    const next = siblings[(siblings.indexOf(from) + delta + siblings.length) % siblings.length];
    if (next) focusMention(next);
  };

  let frame = 0;
  let pointer = { x: 0, y: 0 };
  /** A mouse button is down: the reader is selecting (or clicking), and no card opens meanwhile. */
  let pressed = false;
  const hoverAt = (x: number, y: number): void => {
    pointer = { x, y };
    if (frame) return;
    // One hit test per frame, whatever the number of mousemove events.
    frame = window.requestAnimationFrame(() => {
      frame = 0;
      // Asked before the button went down, on a slow frame: the drag that began since wants the toolbar, not a card
      // opening over the words being selected.
      if (pressed) return;
      const caret = caretAt(pointer.x, pointer.y);
      const mention = caret ? session.mentionAt(caret.node, caret.offset) : null;
      if (mention && isOver(mention.range, pointer.x, pointer.y)) {
        window.clearTimeout(closeTimer);
        if (mention === shown) return;
        window.clearTimeout(openTimer);
        openTimer = window.setTimeout(() => {
          openedByKeyboard = false;
          void open(mention);
        }, OPEN_DELAY_MS);
      } else {
        window.clearTimeout(openTimer);
        if (shown && !overCard) scheduleClose();
      }
    });
  };

  const onPointerMove = (event: MouseEvent): void => {
    // A reader dragging a selection across names wants the toolbar, not a card for each name passed over.
    pressed = event.buttons !== 0;
    if (pressed) {
      window.clearTimeout(openTimer);
      return;
    }
    hoverAt(event.clientX, event.clientY);
  };
  const onPress = (event: MouseEvent): void => {
    pressed = event.type === 'mousedown';
    if (pressed) window.clearTimeout(openTimer);
  };

  const step = (direction: 'next' | 'previous'): boolean => {
    const list = session.mentions.inOrder();
    if (list.length === 0) return false;
    const index = shown ? list.indexOf(shown) : -1;
    const next = direction === 'next' ? list[(index + 1) % list.length] : list[(index - 1 + list.length) % list.length];
    if (!next) return false;
    openedByKeyboard = true;
    focusMention(next);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && shown) {
      close();
      return;
    }
    const shortcut = pageShortcut(event);
    if (shortcut?.kind === 'focus') {
      event.preventDefault();
      step(shortcut.direction);
    }
  };

  ctx.addEventListener(document, 'mousemove', onPointerMove, { passive: true });
  ctx.addEventListener(document, 'mousedown', onPress, { passive: true });
  ctx.addEventListener(document, 'mouseup', onPress, { passive: true });
  ctx.addEventListener(window, 'keydown', onKeyDown);
  ctx.onInvalidated(close);

  return {
    step,
    hoverAt,
    showEntity(key) {
      const first = session.mentions.inOrder().find((mention) => entityKey(mention) === key);
      if (!first) return false;
      openedByKeyboard = false;
      focusMention(first);
      return true;
    },
    close,
  };
}
