/** Who sent a runtime message, reduced to what the background's checks need. */
export interface SenderInfo {
  /** The sending extension's id (runtime.MessageSender.id). */
  id?: string;
  /** The sending document's URL. */
  url?: string;
  /** Present when the sender is a content script in a tab. */
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind = 'content' | 'page';

/**
 * Classifies a sender as this extension's content script or one of its own pages, or null for anything else.
 *
 * Runtime messages can only come from this extension's own contexts unless `externally_connectable` is declared (it
 * is not), but the id check is kept as defence in depth: it costs nothing and survives a manifest change.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url !== undefined && sender.url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) return 'content';
  return null;
}
