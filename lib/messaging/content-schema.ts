/**
 * Messages a content script accepts (from the worker and extension pages only, but checked all the same). The
 * editor's annotation is checked against the full model by the content script's interface half, which shows it, so
 * the core that reads the page first does not carry the model's schemas.
 */
import * as v from 'valibot';

function buildContentMessageSchema() {
  const empty = v.strictObject({});
  return v.variant('type', [
    v.strictObject({ type: v.literal('content/status'), payload: empty }),
    v.strictObject({ type: v.literal('content/settings-changed'), payload: empty }),
    v.strictObject({ type: v.literal('page/scan'), payload: empty }),
    v.strictObject({ type: v.literal('page/text'), payload: empty }),
    v.strictObject({ type: v.literal('selection/annotate'), payload: v.strictObject({ action: v.picklist(['highlight', 'note', 'claim', 'entity']) }) }),
    v.strictObject({ type: v.literal('editor/closed'), payload: v.strictObject({ annotation: v.unknown() }) }),
    v.strictObject({
      type: v.literal('mention/focus'),
      payload: v.union([
        v.strictObject({ direction: v.picklist(['next', 'previous']) }),
        v.strictObject({ entityKey: v.pipe(v.string(), v.maxLength(600)) }),
      ]),
    }),
  ]);
}

export type ContentMessage = v.InferOutput<ReturnType<typeof buildContentMessageSchema>>;

let schema: ReturnType<typeof buildContentMessageSchema> | null = null;

/**
 * The schema, built at the first message rather than when the script loads: building it is about half a millisecond
 * of a fresh page's start (measured with marks between the bundle's statements), and most pages get no message.
 */
export function parseContentMessage(message: unknown): ContentMessage | null {
  schema ??= buildContentMessageSchema();
  const parsed = v.safeParse(schema, message);
  return parsed.success ? parsed.output : null;
}
