/**
 * Run-time schemas for every payload the background accepts. A message whose payload does not match is dropped:
 * content scripts run next to page code, so nothing they send is trusted by its static type alone.
 */
import * as v from 'valibot';
import type { ContentToBackground, PageToBackground } from './protocol';

/** Large enough for a 250k-word page (about 1.7 M characters), small enough to refuse a runaway payload. */
const MAX_TEXT_LENGTH = 8_000_000;

const langSchema = v.picklist(['vi', 'en']);

export const payloadSchemas = {
  'page/analyse': v.strictObject({
    url: v.pipe(v.string(), v.maxLength(8192)),
    title: v.pipe(v.string(), v.maxLength(4096)),
    lang: v.nullable(langSchema),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
  }),
  'tab/entities': v.strictObject({
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
} satisfies {
  [K in keyof ContentToBackground | keyof PageToBackground]: v.GenericSchema<unknown, unknown>;
};

export type BackgroundMessageType = keyof typeof payloadSchemas;

export const envelopeSchema = v.object({
  type: v.picklist(Object.keys(payloadSchemas) as [BackgroundMessageType, ...BackgroundMessageType[]]),
  payload: v.unknown(),
});
