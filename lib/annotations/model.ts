/**
 * Annotations in the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), with the few
 * extensions a fact-checker needs under the `newslens:` prefix. Everything the store keeps is one of these, so export
 * to JSON-LD is the stored object itself.
 */
import * as v from 'valibot';
import { ENTITY_TYPES } from '../ner/types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The model's text patterns, named so an import problem can say in the reader's language what a refused value should
 * look like (lib/i18n/import-problems.ts) instead of showing the expression.
 */
export const MODEL_PATTERNS = {
  webAddress: /^https?:/,
  entitySource: /^(urn:newslens:kb:[a-z]+:[a-z0-9-]+|https:\/\/www\.wikidata\.org\/entity\/Q\d+)$/,
  knowledgeBaseId: /^[a-z]+:[a-z0-9-]+$/,
  annotationId: /^urn:uuid:[0-9a-f-]{36}$/,
} as const;

export const KINDS = ['highlight', 'note', 'claim', 'entity'] as const;
export type AnnotationKind = (typeof KINDS)[number];

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;

/**
 * The schemas, built on first use. Building them runs some forty valibot constructors, each compiled on its first
 * call: about 1 ms of a page's main thread in the content script's interface half, which validates only an annotation
 * the editor saved, and was paying it on every page read.
 */
function buildSchemas() {
  const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
  const isoDate = v.pipe(v.string(), v.isoTimestamp());
  const httpUrl = v.pipe(v.string(), v.maxLength(4096), v.url(), v.regex(MODEL_PATTERNS.webAddress, 'must be an http(s) URL'));

  const textQuoteSelector = v.strictObject({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
    prefix: text(64),
    suffix: text(64),
  });

  const textPositionSelector = v.strictObject({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  });

  const target = v.strictObject({
    /** The page's canonical URL, tracking parameters stripped. */
    source: httpUrl,
    /** The URL as the reader visited it. */
    'newslens:visited': v.optional(httpUrl),
    'newslens:title': v.optional(text(1000)),
    'newslens:published': v.optional(isoDate),
    selector: v.tuple([textQuoteSelector, textPositionSelector]),
  });

  const commentBody = v.strictObject({
    type: v.literal('TextualBody'),
    purpose: v.literal('commenting'),
    value: text(50_000),
    format: v.literal('text/plain'),
  });

  const tagBody = v.strictObject({
    type: v.literal('TextualBody'),
    purpose: v.literal('tagging'),
    value: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  });

  /** Links the quoted text to an entity: the knowledge-base id, and the Wikidata IRI where one is known. */
  const identifyingBody = v.strictObject({
    type: v.literal('SpecificResource'),
    purpose: v.literal('identifying'),
    source: v.pipe(v.string(), v.maxLength(300), v.regex(MODEL_PATTERNS.entitySource)),
    'newslens:kb': v.optional(v.pipe(v.string(), v.regex(MODEL_PATTERNS.knowledgeBaseId))),
  });

  const classifyingBody = v.strictObject({
    type: v.literal('TextualBody'),
    purpose: v.literal('classifying'),
    value: v.picklist([...ENTITY_TYPES, 'NOT_AN_ENTITY']),
  });

  /** A fact-check verdict on the quoted claim (exported as schema.org ClaimReview). */
  const assessingBody = v.strictObject({
    type: v.literal('TextualBody'),
    purpose: v.literal('assessing'),
    /** The verdict's label on the rating scale ("Mostly true"). */
    value: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    'newslens:rating': v.strictObject({
      value: v.pipe(v.number(), v.integer()),
      best: v.pipe(v.number(), v.integer()),
      worst: v.pipe(v.number(), v.integer()),
    }),
    'newslens:explanation': v.optional(text(50_000)),
    'newslens:evidence': v.optional(v.pipe(v.array(httpUrl), v.maxLength(50))),
    'newslens:claimant': v.optional(text(300)),
  });

  const body = v.variant('purpose', [commentBody, tagBody, identifyingBody, classifyingBody, assessingBody]);

  const annotation = v.strictObject({
    '@context': v.literal(ANNOTATION_CONTEXT),
    id: v.pipe(v.string(), v.regex(MODEL_PATTERNS.annotationId)),
    type: v.literal('Annotation'),
    motivation: v.picklist(['highlighting', 'commenting', 'tagging', 'assessing', 'identifying', 'classifying']),
    created: isoDate,
    modified: isoDate,
    target,
    body: v.pipe(v.array(body), v.maxLength(100)),
    'newslens:kind': v.picklist(KINDS),
    'newslens:colour': v.optional(v.picklist(HIGHLIGHT_COLOURS)),
  });

  return { target, body, annotation };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= buildSchemas());

export const targetSchema = v.lazy(() => schemas().target);
export const annotationSchema = v.lazy(() => schemas().annotation);

export type Annotation = v.InferOutput<Schemas['annotation']>;
export type AnnotationBody = v.InferOutput<Schemas['body']>;
export type AnnotationTarget = v.InferOutput<Schemas['target']>;

export function tagsOf(annotation: Annotation): string[] {
  return annotation.body.flatMap((body) => (body.purpose === 'tagging' ? [body.value] : []));
}

/** Knowledge-base ids the annotation links to (for the store's entity index). */
export function entitiesOf(annotation: Annotation): string[] {
  return annotation.body.flatMap((body) => (body.purpose === 'identifying' && body['newslens:kb'] ? [body['newslens:kb']] : []));
}
