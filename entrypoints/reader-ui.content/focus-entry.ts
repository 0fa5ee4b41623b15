/**
 * Keyboard access to the floating parts of the interface (the entity card, the selection toolbar). Their hosts are
 * the body's last children, so the page's own Tab order would reach them only after every link of the page: while
 * one is showing, Tab from the page enters it (its first control; Shift+Tab, its last), the one shown last first, and
 * the focus goes back where it was when it closes. Nothing moves while the reader types in a field of the page, and
 * nothing is focused without the reader pressing Tab.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const FOCUSABLE = 'button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

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

export interface FloatingFocus {
  /**
   * A floating part is showing (again): Tab from the page goes into it while `enterable` says so, before any part
   * shown earlier.
   */
  showing(container: HTMLElement, enterable?: () => boolean): void;
  /** It is closing: if it holds the focus, the focus goes back to where it came from. */
  hiding(container: HTMLElement): void;
}

export function createFloatingFocus(ctx: ContentScriptContext): FloatingFocus {
  /** What is showing, the latest last. */
  let shown: Array<{ container: HTMLElement; enterable: () => boolean }> = [];
  let cameFrom: Element | null = null;

  ctx.addEventListener(window, 'keydown', (event) => {
    if (!event.isTrusted || event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (typingInPage()) return;
    for (const { container, enterable } of [...shown].reverse()) {
      if (!container.isConnected || !enterable()) continue;
      const controls = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const target = event.shiftKey ? controls[controls.length - 1] : controls[0];
      if (!target) continue;
      event.preventDefault();
      cameFrom = document.activeElement;
      target.focus();
      return;
    }
  });

  return {
    showing(container, enterable = () => true) {
      shown = [...shown.filter((entry) => entry.container !== container), { container, enterable }];
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
