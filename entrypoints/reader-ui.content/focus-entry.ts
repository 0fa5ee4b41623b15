/**
 * Keyboard access to the floating parts of the interface (the entity card, the selection toolbar). Their hosts are
 * the body's last children, so the page's own Tab order would reach them only after every link of the page: while
 * one is showing, Tab from the page enters it (its first control; Shift+Tab, its last), the one shown last first, and
 * the focus goes back where it was when it closes. Tab past its last control (Shift+Tab before its first) closes it
 * and goes on through the page from where the reader was: the next control after the one they came from, or after
 * the words the part is about. Nothing moves while the reader types in a field of the page, and nothing is focused
 * without the reader pressing Tab.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const FOCUSABLE = 'button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';
/** What the page's Tab order reaches (the parts' own hosts are custom elements, never among them). */
const PAGE_FOCUSABLE = `${FOCUSABLE}, [tabindex], [contenteditable=""], [contenteditable="true"]`;

function typingInPage(): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return false;
  return active.tagName === 'INPUT' || active.tagName === 'TEXTAREA' || active.tagName === 'SELECT' || active.isContentEditable;
}

/** Whether the page has no focused control of its own (the reader has not tabbed or clicked into one). */
export function nothingFocused(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

/** A control the page's own Tab order stops at. */
function tabbable(element: HTMLElement): boolean {
  return element.tabIndex >= 0 && !element.closest('[inert]') && element.checkVisibility();
}

/**
 * The page's next (or, backwards, previous) tabbable control after `from`: an element (its own descendants are
 * passed over going forwards) or a range of text. Document order, as for controls without a positive tabindex.
 */
function pageControlBeside(from: Element | Range, direction: 'next' | 'previous'): HTMLElement | null {
  const candidates = [...document.querySelectorAll<HTMLElement>(PAGE_FOCUSABLE)];
  const isBeyond = (element: HTMLElement): boolean => {
    if (from instanceof Range) return from.comparePoint(element, 0) === (direction === 'next' ? 1 : -1);
    const position = from.compareDocumentPosition(element);
    if (direction === 'next') return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (position & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0;
    return (position & Node.DOCUMENT_POSITION_PRECEDING) !== 0 && (position & Node.DOCUMENT_POSITION_CONTAINS) === 0;
  };
  const ordered = direction === 'next' ? candidates : candidates.reverse();
  return ordered.find((element) => isBeyond(element) && tabbable(element)) ?? null;
}

export interface FloatingPart {
  /** Whether Tab from the page goes into it now (default: always while it shows). */
  enterable?: () => boolean;
  /** The words it is about, where the reader goes on from when they Tab out of it without having come from a control. */
  anchor: () => Range | null;
  /** Closes it (the reader Tabbed out of it). */
  close: () => void;
}

export interface FloatingFocus {
  /** A floating part is showing (again): Tab from the page goes into it, before any part shown earlier. */
  showing(container: HTMLElement, part: FloatingPart): void;
  /** It is closing: if it holds the focus, the focus goes back to where it came from. */
  hiding(container: HTMLElement): void;
}

export function createFloatingFocus(ctx: ContentScriptContext): FloatingFocus {
  /** What is showing, the latest last. */
  let shown: Array<{ container: HTMLElement; part: FloatingPart }> = [];
  let cameFrom: Element | null = null;
  /** Containers whose edges already listen for Tab (a part is shown many times, its container stays). */
  const watched = new WeakSet<HTMLElement>();

  const controlsOf = (container: HTMLElement): HTMLElement[] => [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];

  ctx.addEventListener(window, 'keydown', (event) => {
    if (!event.isTrusted || event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (typingInPage()) return;
    for (const { container, part } of [...shown].reverse()) {
      if (!container.isConnected || !(part.enterable?.() ?? true)) continue;
      const controls = controlsOf(container);
      const target = event.shiftKey ? controls[controls.length - 1] : controls[0];
      if (!target) continue;
      event.preventDefault();
      cameFrom = document.activeElement;
      target.focus();
      return;
    }
  });

  /** Tab at the part's edge: it closes, and the page's Tab order goes on from where the reader was. */
  const leaveAtEdges = (container: HTMLElement): void => {
    if (watched.has(container)) return;
    watched.add(container);
    // Key presses inside a part do not reach the page (its host isolates them), so its edges are watched here.
    container.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      const controls = controlsOf(container);
      const root = container.getRootNode();
      const active = root instanceof ShadowRoot ? root.activeElement : null;
      const edge = event.shiftKey ? controls[0] : controls[controls.length - 1];
      const entry = shown.find((candidate) => candidate.container === container);
      if (!entry || !(active instanceof HTMLElement) || active !== edge) return;
      event.preventDefault();
      const direction = event.shiftKey ? 'previous' : 'next';
      const from = cameFrom instanceof HTMLElement && cameFrom.isConnected && cameFrom !== document.body ? cameFrom : null;
      // Backwards from a control the reader came from is that control; otherwise the page's order around it, or
      // around the words the part is about.
      const reference = from ?? entry.part.anchor();
      const next = direction === 'previous' && from ? from : reference ? pageControlBeside(reference, direction) : null;
      cameFrom = null;
      entry.part.close();
      if (next) next.focus();
      else active.blur();
    });
  };

  return {
    showing(container, part) {
      shown = [...shown.filter((entry) => entry.container !== container), { container, part }];
      leaveAtEdges(container);
    },
    hiding(container) {
      shown = shown.filter((entry) => entry.container !== container);
      const root = container.getRootNode();
      const inside = root instanceof ShadowRoot ? root.activeElement : null;
      if (!(inside instanceof HTMLElement) || !container.contains(inside)) return;
      const back = cameFrom;
      cameFrom = null;
      if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
      else inside.blur();
    },
  };
}
