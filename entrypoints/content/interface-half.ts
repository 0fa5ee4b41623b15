/**
 * The content script's interface half (card, toolbar, editor frame, saved annotations) as the core sees it: injected
 * by the background on request, once, and attached through the bridge. Until it is there, the reader's hover,
 * selection and shortcuts are kept for it rather than lost.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentUi } from '@/lib/content/bridge';
import { pageShortcut } from '@/lib/content/page-shortcuts';
import { sendToBackground } from '@/lib/messaging/send';

/** How long a message that needs the interface half waits for it to be injected. */
export const UI_WAIT_MS = 5_000;

export interface InterfaceHalf {
  attach(ui: ContentUi): void;
  /** Runs once the interface half is attached (at once if it already is). */
  onAttach(callback: (ui: ContentUi) => void): void;
  /** Injects the interface half (once). */
  load(): void;
  /** The interface half, injected on demand; null if it did not start within `timeoutMs`. */
  ready(timeoutMs: number): Promise<ContentUi | null>;
  readonly current: ContentUi | null;
}

export function interfaceHalf(ctx: ContentScriptContext): InterfaceHalf {
  let current: ContentUi | null = null;
  let requested = false;
  const waiting: Array<(ui: ContentUi) => void> = [];
  const load = (): void => {
    if (requested || ctx.isInvalid) return;
    requested = true;
    void sendToBackground('content/load-ui', {}).catch(() => {
      requested = false;
    });
  };
  return {
    attach(ui) {
      current = ui;
      for (const resolve of waiting.splice(0)) resolve(ui);
    },
    load,
    onAttach(callback) {
      if (current) callback(current);
      else waiting.push(callback);
    },
    ready(timeoutMs) {
      if (current) return Promise.resolve(current);
      load();
      return new Promise((resolve) => {
        waiting.push(resolve);
        setTimeout(() => resolve(null), timeoutMs);
      });
    },
    get current() {
      return current;
    },
  };
}

/**
 * Until the interface half is there, the reader's hover, selection and shortcuts are kept for it instead of being
 * lost: the last pointer position is hit-tested when it attaches, a selection asks for it and gets the toolbar, and
 * a shortcut waits for it. The listeners go once it is there (it has its own).
 */
export function holdEarlyInput(ui: InterfaceHalf): void {
  const early = new AbortController();
  let pointer: { x: number; y: number } | null = null;
  // These listeners start once the highlights are up: a selection finished before then is taken as it stands.
  let selected = getSelection()?.isCollapsed === false;
  if (selected) ui.load();
  const onSelectionEnd = (event: Event): void => {
    if (!event.isTrusted || getSelection()?.isCollapsed !== false) return;
    selected = true;
    ui.load();
  };
  document.addEventListener('mouseup', onSelectionEnd, { signal: early.signal });
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.shiftKey) onSelectionEnd(event);
    },
    { signal: early.signal },
  );
  document.addEventListener(
    'mousemove',
    (event) => {
      pointer = event.buttons === 0 ? { x: event.clientX, y: event.clientY } : null;
    },
    { passive: true, signal: early.signal },
  );
  window.addEventListener(
    'keydown',
    (event) => {
      const shortcut = pageShortcut(event);
      if (!shortcut) return;
      event.preventDefault();
      void ui.ready(UI_WAIT_MS).then((attached) => {
        if (shortcut.kind === 'focus') attached?.focus({ direction: shortcut.direction });
        else attached?.annotate(shortcut.action);
      });
    },
    { signal: early.signal },
  );
  ui.onAttach((attached) => {
    early.abort();
    if (pointer) attached.hover(pointer.x, pointer.y);
    if (selected) attached.selectionEnded();
  });
}
