/** Typed senders over webextension-polyfill's `browser`: the only way the extension's parts talk to each other. */
import { browser } from 'wxt/browser';
import type { BackgroundToContent, ContentToBackground, Envelope, PageToBackground, Payload, Reply } from './protocol';

type ToBackground = ContentToBackground & PageToBackground;

export async function sendToBackground<T extends keyof ToBackground & string>(
  type: T,
  payload: Payload<T>,
): Promise<Reply<T>> {
  const envelope: Envelope<T> = { type, payload };
  return (await browser.runtime.sendMessage(envelope)) as Reply<T>;
}

export async function sendToTab<T extends keyof BackgroundToContent & string>(
  tabId: number,
  type: T,
  payload: Payload<T>,
): Promise<Reply<T>> {
  const envelope: Envelope<T> = { type, payload };
  return (await browser.tabs.sendMessage(tabId, envelope)) as Reply<T>;
}
