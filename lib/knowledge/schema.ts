/** The knowledge base's source format (see `sources/FORMAT.md`) and its compiled form, as run-time schemas. */
import * as v from 'valibot';
import { ENTITY_TYPES } from '../ner/types';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const nameList = v.pipe(v.array(nonEmpty), v.minLength(1));

export const sourceEntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^(per|org|loc|evt|misc):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must look like "per:xi-jinping"')),
  type: v.picklist(ENTITY_TYPES),
  names: v.strictObject({ vi: nameList, en: nameList }),
  aliases: v.optional(v.strictObject({ vi: v.optional(v.array(nonEmpty)), en: v.optional(v.array(nonEmpty)) })),
  description: v.strictObject({ vi: nonEmpty, en: nonEmpty }),
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q[1-9][0-9]*$/))),
  tags: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)))),
});

export type SourceEntry = v.InferOutput<typeof sourceEntrySchema>;

export const compiledEntitySchema = v.strictObject({
  id: v.string(),
  type: v.picklist(ENTITY_TYPES),
  name: v.strictObject({ vi: v.string(), en: v.string() }),
  description: v.strictObject({ vi: v.string(), en: v.string() }),
  /** Every surface form, both languages, display names first. */
  forms: v.array(v.string()),
  wikidata: v.optional(v.string()),
  tags: v.optional(v.array(v.string())),
});

export const compiledKbSchema = v.strictObject({
  version: v.literal(1),
  entities: v.array(compiledEntitySchema),
  /** The match index (match-index.ts), base64. */
  index: v.string(),
});

export type CompiledEntity = v.InferOutput<typeof compiledEntitySchema>;
export type CompiledKb = v.InferOutput<typeof compiledKbSchema>;
