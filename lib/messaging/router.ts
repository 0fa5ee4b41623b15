/**
 * The background's message router: checks the sender, validates the payload against its schema, and dispatches to
 * the handler for that message type. Anything that fails a check is dropped with a console warning and no reply.
 */
import * as v from 'valibot';
import type { ContentToBackground, PageToBackground, Payload, Reply } from './protocol';
import { envelopeSchema, payloadSchemas, type BackgroundMessageType } from './schemas';
import { classifySender, type SenderInfo, type SenderKind } from './sender';

/** Which sender kinds may send each message type. */
const allowedSenders: { [K in BackgroundMessageType]: readonly SenderKind[] } = {
  // Pages too: the popup's JSONL/CoNLL export reads the page's text again, with the reader's corrections applied.
  'page/analyse': ['content', 'page'],
  'page/report': ['content'],
  'entity/details': ['content', 'page'],
  'tab/entities': ['page'],
  'tab/events': ['page'],
  'annotation/save': ['content', 'page'],
  'content/load-ui': ['content'],
  'content/settings': ['content'],
  'annotation/list-page': ['content', 'page'],
  'annotation/draft': ['content'],
  'annotation/draft-get': ['page'],
  'editor/done': ['page'],
  'annotation/delete': ['page'],
  'annotation/undo': ['page'],
  'annotation/list-all': ['page'],
  'annotation/delete-many': ['page'],
  'annotation/merge': ['page'],
  'annotation/erase-all': ['page'],
};

export interface HandlerContext {
  /** The sending tab, for content-script messages. */
  tabId: number | null;
  /** The sending frame in that tab (0, the top frame, when absent). */
  frameId?: number;
}

export type Handlers = {
  [K in keyof ContentToBackground | keyof PageToBackground]: (
    payload: Payload<K>,
    context: HandlerContext,
  ) => Promise<Reply<K>>;
};

export type RouteResult = { accepted: true; reply: Promise<unknown> } | { accepted: false; reason: string };

export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return function route(message: unknown, sender: SenderInfo): RouteResult {
    const envelope = v.safeParse(envelopeSchema, message);
    if (!envelope.success) return { accepted: false, reason: 'not a known message' };
    const type = envelope.output.type;
    const kind = classifySender(sender, extensionId, extensionOrigin);
    if (kind === null || !allowedSenders[type].includes(kind)) {
      return { accepted: false, reason: `sender not allowed for ${type}` };
    }
    const payload = v.safeParse(payloadSchemas[type], envelope.output.payload);
    if (!payload.success) {
      return { accepted: false, reason: `invalid payload for ${type}: ${v.summarize(payload.issues)}` };
    }
    const context: HandlerContext = { tabId: kind === 'content' ? (sender.tab?.id ?? null) : null, frameId: sender.frameId ?? 0 };
    // The schema and the protocol describe the same shape; the cast joins the two per-type unions TypeScript cannot.
    const handler = handlers[type] as (payload: unknown, context: HandlerContext) => Promise<unknown>;
    return { accepted: true, reply: handler(payload.output, context) };
  };
}
