/** The core's answers to messages from the extension's own pages and worker. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentUi } from '@/lib/content/bridge';
import type { BackgroundToContent } from '@/lib/messaging/protocol';
import { parseContentMessage, type ContentMessage } from '@/lib/messaging/content-schema';
import { UI_WAIT_MS } from './interface-half';

export interface MessageHandlers {
  status(): Promise<BackgroundToContent['content/status']['reply']>;
  settingsChanged(): Promise<{ applied: boolean }>;
  scan(): Promise<{ highlighted: number }>;
  text(): BackgroundToContent['page/text']['reply'];
  ui(timeoutMs: number): Promise<ContentUi | null>;
}

async function answer(request: ContentMessage, handlers: MessageHandlers): Promise<unknown> {
  if (request.type === 'content/status') return handlers.status();
  if (request.type === 'content/settings-changed') return handlers.settingsChanged();
  if (request.type === 'page/scan') return handlers.scan();
  if (request.type === 'page/text') return handlers.text();
  // The rest needs the card, the toolbar or the editor: the interface half, injected now if it is not there yet.
  const ui = await handlers.ui(UI_WAIT_MS);
  if (request.type === 'editor/closed') return ui?.editorClosed(request.payload.annotation) ?? { shown: false };
  if (request.type === 'selection/annotate') return ui?.annotate(request.payload.action) ?? { done: false };
  return ui?.focus(request.payload) ?? { focused: false };
}

/**
 * A page cannot reach `runtime.onMessage`, but every message is still validated. The core runs on the browser's own
 * API, without webextension-polyfill (see wxt.config.ts), so it answers through `sendResponse` and `return true`,
 * which Chromium and Firefox both honour, rather than by returning a promise.
 */
export function listenForMessages(ctx: ContentScriptContext, handlers: MessageHandlers): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    const request = parseContentMessage(message);
    if (!request) return false;
    answer(request, handlers).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
