/**
 * Run-time schemas for every payload the background accepts. A message whose payload does not match is dropped:
 * content scripts run next to page code, so nothing they send is trusted by its static type alone.
 */
import * as v from 'valibot';
import { ENTITY_TYPES } from '../ner/types';
import { targetSchema } from '../annotations/model';
import type { ContentToBackground, PageToBackground } from './protocol';

/** Large enough for a 250k-word page (about 1.7 M characters), small enough to refuse a runaway payload. */
const MAX_TEXT_LENGTH = 8_000_000;

const langSchema = v.picklist(['vi', 'en']);

const typeSchema = v.picklist(ENTITY_TYPES);

export const payloadSchemas = {
  'page/analyse': v.strictObject({
    lang: v.nullable(langSchema),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
  }),
  'page/report': v.strictObject({
    url: v.pipe(v.string(), v.maxLength(8192)),
    title: v.pipe(v.string(), v.maxLength(4096)),
    lang: langSchema,
    published: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
    mentions: v.pipe(
      v.array(
        v.strictObject({
          id: v.nullable(v.pipe(v.string(), v.maxLength(200))),
          type: typeSchema,
          text: v.pipe(v.string(), v.maxLength(500)),
          count: v.pipe(v.number(), v.integer(), v.minValue(1)),
        }),
      ),
      v.maxLength(500_000),
    ),
  }),
  'entity/details': v.strictObject({ id: v.pipe(v.string(), v.maxLength(200)) }),
  'tab/entities': v.strictObject({
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  'tab/events': v.strictObject({
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)),
  }),
  // The annotation itself is checked by the store against the full model; here only its envelope.
  'annotation/save': v.strictObject({ annotation: v.looseObject({ id: v.string() }) }),
  'content/load-ui': v.strictObject({}),
  'content/settings': v.strictObject({ hostname: v.pipe(v.string(), v.maxLength(253)) }),
  'annotation/list-page': v.strictObject({ source: v.pipe(v.string(), v.maxLength(4096)) }),
  'annotation/draft': v.strictObject({ kind: v.picklist(['note', 'claim', 'entity']), target: targetSchema }),
  'annotation/draft-get': v.strictObject({ draftId: v.pipe(v.string(), v.maxLength(100)) }),
  'editor/done': v.strictObject({
    draftId: v.pipe(v.string(), v.maxLength(100)),
    annotation: v.nullable(v.looseObject({ id: v.string() })),
  }),
  'annotation/delete': v.strictObject({ id: v.pipe(v.string(), v.maxLength(100)) }),
  'annotation/undo': v.strictObject({}),
  'annotation/list-all': v.strictObject({}),
  'annotation/merge': v.strictObject({ annotations: v.pipe(v.array(v.unknown()), v.maxLength(100_000)) }),
  'annotation/erase-all': v.strictObject({}),
  'annotation/delete-many': v.strictObject({ ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(100_000)) }),
} satisfies {
  [K in keyof ContentToBackground | keyof PageToBackground]: v.GenericSchema<unknown, unknown>;
};

export type BackgroundMessageType = keyof typeof payloadSchemas;

export const envelopeSchema = v.object({
  type: v.picklist(Object.keys(payloadSchemas) as [BackgroundMessageType, ...BackgroundMessageType[]]),
  payload: v.unknown(),
});
